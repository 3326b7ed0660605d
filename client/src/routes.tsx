/**
 * The route table: one route per role (DESIGN §2). Role pages are split into their own chunks
 * (React.lazy, shown inside the layout's Suspense) so a tablet does not download the facilitator
 * console, and the header with the connection status is on screen while a page loads.
 */
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './app/Layout.js';
import { NotFoundPage } from './app/NotFoundPage.js';
import { RouteErrorPage } from './app/RouteErrorPage.js';

const StartPage = lazy(async () => ({ default: (await import('./features/start/StartPage.js')).StartPage }));
const JoinPage = lazy(async () => ({ default: (await import('./features/join/JoinPage.js')).JoinPage }));
const TablePage = lazy(async () => ({ default: (await import('./features/table/TablePage.js')).TablePage }));
const FacilitatorPage = lazy(async () => ({
  default: (await import('./features/facilitator/FacilitatorPage.js')).FacilitatorPage,
}));
const BoardPage = lazy(async () => ({ default: (await import('./features/board/BoardPage.js')).BoardPage }));
const CardsPage = lazy(async () => ({ default: (await import('./features/cards/CardsPage.js')).CardsPage }));
const ReportPage = lazy(async () => ({
  default: (await import('./features/report/ReportPage.js')).ReportPage,
}));
const ProjectorPage = lazy(async () => ({
  default: (await import('./features/projector/ProjectorPage.js')).ProjectorPage,
}));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/join', element: <JoinPage /> },
      { path: '/t/:eventId/:tableId', element: <TablePage /> },
      { path: '/f/:eventId', element: <FacilitatorPage /> },
      { path: '/f/:eventId/board', element: <BoardPage /> },
      { path: '/f/:eventId/cards', element: <CardsPage /> },
      { path: '/f/:eventId/report', element: <ReportPage /> },
      { path: '/p/:eventId', element: <ProjectorPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

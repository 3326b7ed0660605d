/**
 * The route table: one route per role (DESIGN §2). Role pages are split into their own chunks
 * (React.lazy, shown inside the layout's Suspense) so a tablet does not download the facilitator
 * console, and the header with the connection status is on screen while a page loads.
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { CrashBoundary } from './app/CrashBoundary.js';
import { Layout } from './app/Layout.js';
import { NotFoundPage } from './app/NotFoundPage.js';

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

/** Every route, inside the layout; rendered by `<BrowserRouter>` in main.tsx. */
export function AppRoutes() {
  return (
    <CrashBoundary>
      <Routes>
        <Route element={<Layout />}>
          <Route path="/" element={<StartPage />} />
          <Route path="/join" element={<JoinPage />} />
          <Route path="/t/:eventId/:tableId" element={<TablePage />} />
          <Route path="/f/:eventId" element={<FacilitatorPage />} />
          <Route path="/f/:eventId/board" element={<BoardPage />} />
          <Route path="/f/:eventId/cards" element={<CardsPage />} />
          <Route path="/f/:eventId/report" element={<ReportPage />} />
          <Route path="/p/:eventId" element={<ProjectorPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </CrashBoundary>
  );
}

/**
 * `/f/:eventId/board` — the live clustering board (DESIGN §1, step 4): every table's notes stream in;
 * facilitators, several at once, move them into success factors by drag, keyboard or menu, trim
 * quotes and write each factor's narrative. `?vy=projektor` previews what the projector shows.
 *
 * The facilitator token comes as on the facilitator page (the link's fragment, or this device's copy).
 */
import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { EventSnapshot } from '../../../../shared/docs/event-doc.js';
import type { DocGrant } from '../../../../shared/protocol.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { usePageError, useSession } from '../../session/use-session.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { BoardView } from './BoardView.js';
import { ProjectorBoard } from './ProjectorBoard.js';
import { useBoardData } from './use-board-data.js';
import './board.css';
import './board-cards.css';
import { SessionGate } from '../../app/SessionGate.js';

const PREVIEW_PARAM = 'vy';
const PREVIEW_VALUE = 'projektor';

export function BoardPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const token = useRoleToken('facilitator', eventId);
  const { state, reload } = useSession(token);
  const session = state.status === 'ready' && state.session.role === 'facilitator' ? state.session : null;
  useEventLanguage(session?.event.language);
  // A projector or table token opened here is a wrong link, explained like a refused one.
  usePageError(state.status === 'ready' && !session ? 'auth' : null);
  const [params] = useSearchParams();
  const preview = params.get(PREVIEW_PARAM) === PREVIEW_VALUE;
  const grants = session?.docs ?? null;
  const data = useBoardData(grants, token);
  const title = data.event?.info.title || session?.event.title || '';
  useDocumentTitle(title ? `${t.boardEyebrow}: ${title}` : t.boardEyebrow);
  useReloadWhenTablesChange(data.event, grants, reload);
  useEffect(() => useBoardUiStore.getState().reset(), [eventId]);
  useWideMain();

  if (!token || !session) {
    return (
      <SessionGate
        heading={t.boardEyebrow}
        hasToken={!!token}
        loading={state.status === 'loading'}
        onRetry={reload}
      />
    );
  }

  return (
    <div className="board-page">
      <div className="page-heading board-heading">
        <p className="eyebrow">{preview ? t.boardProjectorPreviewHeading : t.boardEyebrow}</p>
        <h1>{title}</h1>
        <nav className="button-row board-nav" aria-label={t.boardEyebrow}>
          <Link className="button subtle" to={`/f/${eventId}`}>
            ← {t.boardBackToConsole}
          </Link>
          {preview ? (
            <Link className="button subtle" to={`/f/${eventId}/board`}>
              {t.boardBackToBoard}
            </Link>
          ) : (
            <Link className="button subtle" to={`/f/${eventId}/board?${PREVIEW_PARAM}=${PREVIEW_VALUE}`}>
              {t.boardPreviewProjector}
            </Link>
          )}
        </nav>
      </div>
      {preview ? (
        <ProjectorBoard grants={session.docs} token={token} />
      ) : data.board && data.loaded ? (
        <BoardView board={data.board} model={data.model} event={data.event} eventId={eventId} token={token} />
      ) : (
        <p className="muted">{t.loading}</p>
      )}
    </div>
  );
}

/**
 * The board uses the window's whole width: <main> (the layout's, outside this page) gets a class
 * while the board is shown.
 */
function useWideMain(): void {
  useEffect(() => {
    const main = document.getElementById('main');
    main?.classList.add('app-main-wide');
    return () => main?.classList.remove('app-main-wide');
  }, []);
}

/**
 * Grants list the table documents as they were when the session was loaded. When the event's tables
 * change (a co-facilitator adds or removes one), fetch the grants again so the new table's notes
 * stream in and a removed table's document is closed — once per change.
 */
function useReloadWhenTablesChange(
  event: EventSnapshot | null,
  grants: readonly DocGrant[] | null,
  reload: () => void,
): void {
  const reloadedFor = useRef<string | null>(null);
  const inEvent = event
    ? event.tables
        .map((table) => table.tableId)
        .sort()
        .join(' ')
    : null;
  const granted = grants
    ?.filter((g) => g.kind === 'table')
    .map((g) => g.tableId ?? '')
    .sort()
    .join(' ');
  useEffect(() => {
    if (inEvent === null || granted === undefined || inEvent === granted) return;
    if (reloadedFor.current === inEvent) return;
    reloadedFor.current = inEvent;
    reload();
  }, [inEvent, granted, reload]);
}

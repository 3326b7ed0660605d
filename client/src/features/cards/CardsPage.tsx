/**
 * `/f/:eventId/cards` — printable table cards (facilitator's key, from this device's storage or the
 * link's fragment). On screen: a toolbar to print or go back, and the cards; in print (A4, two cards
 * a page): only the cards, none split across pages.
 */
import { Link, useParams } from 'react-router-dom';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { usePageError, useSession } from '../../session/use-session.js';
import { TablesLoadStatus, useTables } from '../facilitator/use-tables.js';
import { TableCard } from './TableCard.js';
import { SessionGate } from '../../app/SessionGate.js';

export function CardsPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const token = useRoleToken('facilitator', eventId);
  const { state: sessionState, reload: reloadSession } = useSession(token);
  const session =
    sessionState.status === 'ready' && sessionState.session.role === 'facilitator'
      ? sessionState.session
      : null;
  const { state, reload } = useTables(eventId, token ?? '');
  useEventLanguage(session?.event.language);
  usePageError(sessionState.status === 'ready' && !session ? 'auth' : null);
  const title = session?.event.title ?? '';
  useDocumentTitle(title ? t.cardsTitle(title) : t.cardsHeading);

  if (!token || !session) {
    return (
      <SessionGate
        heading={t.cardsHeading}
        hasToken={!!token}
        loading={sessionState.status === 'loading'}
        onRetry={reloadSession}
      />
    );
  }

  return (
    <div className="cards-page">
      <div className="cards-toolbar">
        <div className="page-heading">
          <h1>{t.cardsTitle(title)}</h1>
          <p className="muted">{t.cardsIntro}</p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => window.print()}>
            {t.print}
          </button>
          <Link className="button" to={`/f/${encodeURIComponent(eventId)}`}>
            {t.backToConsole}
          </Link>
        </div>
      </div>
      <TablesLoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.tables.length === 0 ? (
          <p className="panel muted">{t.cardsEmpty}</p>
        ) : (
          <ul className="table-cards">
            {state.tables.map((table) => (
              <TableCard key={table.tableId} table={table} eventTitle={title} />
            ))}
          </ul>
        ))}
    </div>
  );
}

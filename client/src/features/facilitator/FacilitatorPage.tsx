/**
 * `/f/:eventId` — the facilitator's console: the day's phase for all tables, the tables with their
 * join codes, and every table's notes as they are written.
 */
import { useParams } from 'react-router-dom';
import { readEvent } from '../../../../shared/docs/event-doc.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { usePageError, useSession } from '../../session/use-session.js';
import { useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { LiveNotes } from './LiveNotes.js';
import { PhaseControl } from './PhaseControl.js';
import { TablesPanel } from './TablesPanel.js';

export function FacilitatorPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const token = useRoleToken('facilitator', eventId);
  const { state, reload } = useSession(token);
  const session = state.status === 'ready' && state.session.role === 'facilitator' ? state.session : null;
  const eventGrant = session?.docs.find((g) => g.kind === 'event') ?? null;
  const eventDoc = useSyncedDoc(eventGrant, token);
  const event = useDocSnapshot(eventDoc?.doc, readEvent);
  useEventLanguage(session?.event.language);
  // A projector or table token opened here is a wrong link, explained like a refused one.
  usePageError(state.status === 'ready' && !session ? 'auth' : null);
  const title = event?.info.title || session?.event.title || t.facilitatorHeading;
  useDocumentTitle(title);

  if (!token) {
    return (
      <section className="panel narrow">
        <h1>{t.facilitatorHeading}</h1>
        <p>{t.missingToken}</p>
      </section>
    );
  }
  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (!session) {
    return (
      <section className="panel narrow">
        <h1>{t.facilitatorHeading}</h1>
        <button type="button" className="button" onClick={reload}>
          {t.retry}
        </button>
      </section>
    );
  }

  const organiser = event?.info.organiser || session.event.organiser;
  const date = event?.info.date ?? session.event.date;
  return (
    <div className="facilitator-page">
      <div className="page-heading">
        <p className="eyebrow">{t.facilitatorHeading}</p>
        <h1>{title}</h1>
        {(organiser || date) && <p className="muted">{[organiser, date].filter(Boolean).join(' · ')}</p>}
      </div>
      <div className="columns">
        <PhaseControl doc={eventDoc?.doc ?? null} event={event} />
        <TablesPanel eventId={eventId} token={token} onTablesChanged={reload} />
      </div>
      <LiveNotes grants={session.docs} token={token} event={event} />
    </div>
  );
}

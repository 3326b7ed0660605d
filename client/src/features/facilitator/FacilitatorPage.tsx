/**
 * `/f/:eventId` — the facilitator's console, one page in the order of the day's work: run the day
 * (phase, timer, message), watch every table, set up tables and cards, edit the workbook, share
 * links. An in-page menu jumps between the parts; nothing is hidden behind hover.
 */
import { Link, useParams } from 'react-router-dom';
import { readEvent } from '../../../../shared/docs/event-doc.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { usePageError, useSession } from '../../session/use-session.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { BroadcastControl } from './BroadcastControl.js';
import { ConsoleNav } from './ConsoleNav.js';
import { Overview } from './overview/Overview.js';
import { PhaseControl } from './PhaseControl.js';
import { ShareLinks } from './ShareLinks.js';
import { TablesPanel } from './TablesPanel.js';
import { TimerControl } from './TimerControl.js';
import { WorkbookEditor } from './workbook/WorkbookEditor.js';
import { SessionGate } from '../../app/SessionGate.js';

export function FacilitatorPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const token = useRoleToken('facilitator', eventId);
  const { state, reload } = useSession(token);
  const session = state.status === 'ready' && state.session.role === 'facilitator' ? state.session : null;
  const eventGrant = session?.docs.find((g) => g.kind === 'event') ?? null;
  const eventDoc = useSyncedDoc(eventGrant, token);
  const snapshot = useDocSnapshot(eventDoc?.doc, readEvent);
  const loaded = useDocLoaded(eventDoc);
  // An event document that has not arrived yet reads as empty; show "loading", not "no phases".
  const event = loaded ? snapshot : null;
  const doc = loaded ? (eventDoc?.doc ?? null) : null;
  useEventLanguage(session?.event.language);
  // A projector or table token opened here is a wrong link, explained like a refused one.
  usePageError(state.status === 'ready' && !session ? 'auth' : null);
  const title = event?.info.title || session?.event.title || t.facilitatorHeading;
  useDocumentTitle(title);

  if (!token || !session) {
    return (
      <SessionGate
        heading={t.facilitatorHeading}
        hasToken={!!token}
        loading={state.status === 'loading'}
        onRetry={reload}
      />
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
        <div className="button-row">
          {/* board (issue 5) */}
          <Link className="button primary" to={`/f/${eventId}/board`}>
            {t.openBoard}
          </Link>
          {/* report (issue 6) */}
          <Link className="button secondary" to={`/f/${eventId}/report`}>
            {t.reportOpen}
          </Link>
        </div>
      </div>
      <ConsoleNav
        parts={[
          ['leda', t.navRun],
          ['borden', t.navOverview],
          ['bord', t.navTables],
          ['arbetsbok', t.navWorkbook],
          ['dela', t.navShare],
        ]}
      />
      <div id="leda" className="console-part run-row" tabIndex={-1}>
        <PhaseControl doc={doc} event={event} />
        <TimerControl doc={doc} event={event} />
        <BroadcastControl doc={doc} event={event} />
      </div>
      <div id="borden" className="console-part" tabIndex={-1}>
        <Overview event={event} grants={session.docs} token={token} onMissingGrant={reload} />
      </div>
      <div id="bord" className="console-part" tabIndex={-1}>
        <TablesPanel eventId={eventId} token={token} event={event} onTablesChanged={reload} />
      </div>
      <div id="arbetsbok" className="console-part" tabIndex={-1}>
        <WorkbookEditor doc={doc} event={event} />
      </div>
      <div id="dela" className="console-part" tabIndex={-1}>
        <ShareLinks eventId={eventId} token={token} />
      </div>
    </div>
  );
}

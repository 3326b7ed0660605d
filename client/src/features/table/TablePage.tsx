/**
 * `/t/:eventId/:tableId` — the tablet. Shows the phase in progress (live from the event document)
 * with its questions and the table's notes under the question they answer; earlier phases stay a
 * tap away, readable and editable. Reads the event document, writes the table document.
 */
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { currentPhaseFor, readEvent } from '../../../../shared/docs/event-doc.js';
import { readNotes } from '../../../../shared/docs/table-doc.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { BroadcastBanner } from '../../components/BroadcastBanner.js';
import { TimerDisplay } from '../../components/TimerDisplay.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { deviceName } from './device-name.js';
import { countsOf, groupNotesByPhase } from './group-notes.js';
import { LeaveTable } from './LeaveTable.js';
import { OtherPhaseNotes } from './OtherPhaseNotes.js';
import { PhaseChangeAnnouncer } from './PhaseChangeAnnouncer.js';
import { PhaseNav } from './PhaseNav.js';
import { PhaseView } from './PhaseView.js';
import { TableContext } from './table-context.js';
import { useDevicePresence } from './use-device-presence.js';
import { useTableSession } from './use-table-session.js';
import { WriteRefusedNotice } from './WriteRefusedNotice.js';

export function TablePage() {
  const { eventId = '', tableId = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const { session, leave } = useTableSession(eventId, tableId);
  const eventGrant = session?.grants.find((g) => g.kind === 'event') ?? null;
  const tableGrant = session?.grants.find((g) => g.kind === 'table' && g.tableId === tableId) ?? null;
  // The tablet keeps a copy of the event it only reads: a reload without network still shows the phase.
  const eventDoc = useSyncedDoc(eventGrant, session?.token, true);
  const tableDoc = useSyncedDoc(tableGrant, session?.token);
  const event = useDocSnapshot(eventDoc?.doc, readEvent);
  const notes = useDocSnapshot(tableDoc?.doc, readNotes);
  const eventLoaded = useDocLoaded(eventDoc);
  useEventLanguage(event && eventLoaded ? event.info.language : session?.language);
  const device = useDevicePresence(tableDoc);
  // The phase the table chose to look at; null follows the facilitator.
  const [chosenPhaseId, setChosenPhaseId] = useState<string | null>(null);
  const tableContext = useMemo(() => ({ tableDoc }), [tableDoc]);

  const phases = useMemo(() => event?.phases ?? [], [event]);
  const grouped = useMemo(() => groupNotesByPhase(notes ?? [], phases), [notes, phases]);
  const counts = useMemo(() => countsOf(grouped), [grouped]);
  const tableEntry = event?.tables.find((table) => table.tableId === tableId);
  const tableName = tableEntry?.name || session?.tableName || '';
  const organisations = tableEntry?.organisations ?? [];
  const current = event && eventLoaded ? currentPhaseFor(event, tableId) : null;
  const shown = phases.find((p) => p.id === chosenPhaseId) ?? current;
  useDocumentTitle(tableName || t.tableLabel);

  if (!session) {
    return (
      <section className="panel narrow">
        <h1>{t.tableLabel}</h1>
        <p>{t.noTableSession}</p>
        <p>
          <Link className="button primary" to="/join">
            {t.joinWithCode}
          </Link>
        </p>
      </section>
    );
  }

  async function onLeave() {
    await leave();
    navigate('/', { replace: true });
  }

  const showingOther = shown && current && shown.id !== current.id ? current : null;
  const indexOf = (id: string | undefined) => phases.findIndex((p) => p.id === id);

  return (
    <TableContext.Provider value={tableContext}>
      <div className="table-page">
        <div className="page-heading">
          <h1>{tableName || t.tableLabel}</h1>
          {organisations.length > 0 && (
            <p className="muted">
              {t.organisationsAtTable}: {organisations.join(', ')}
            </p>
          )}
          <p className="device-name muted">{t.thisDevice(deviceName(device, t) ?? '')}</p>
        </div>
        <WriteRefusedNotice tableDoc={tableDoc} />
        <BroadcastBanner broadcast={event?.live.broadcast ?? null} />
        <TimerDisplay timer={event?.live.timer ?? null} className="table-timer" />
        <PhaseChangeAnnouncer current={current} />
        {!eventLoaded ? (
          <p className="muted">{t.loading}</p>
        ) : !shown || !current ? (
          <p className="panel">{t.notStarted}</p>
        ) : (
          <>
            <PhaseNav
              phases={phases}
              currentId={current.id}
              shownId={shown.id}
              noteCounts={counts}
              onShow={(id) => setChosenPhaseId(id === current.id ? null : id)}
            />
            <PhaseView
              key={shown.id}
              doc={tableDoc?.doc ?? null}
              phase={shown}
              current={showingOther}
              earlier={indexOf(shown.id) < indexOf(current.id)}
              notes={grouped.byPhase.get(shown.id) ?? []}
              onBackToCurrent={() => setChosenPhaseId(null)}
            />
            <OtherPhaseNotes doc={tableDoc?.doc ?? null} notes={grouped.orphaned} phases={phases} />
          </>
        )}
        <LeaveTable tableDoc={tableDoc} onLeave={onLeave} />
      </div>
    </TableContext.Provider>
  );
}

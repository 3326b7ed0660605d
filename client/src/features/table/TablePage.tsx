/**
 * `/t/:eventId/:tableId` — the tablet. Shows the table's current phase with its questions, and the
 * table's notes under the question they answer. Reads the event document, writes the table document.
 */
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { currentPhaseFor, readEvent, type Phase } from '../../../../shared/docs/event-doc.js';
import { readNotes, type Note } from '../../../../shared/docs/table-doc.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { BroadcastBanner } from '../../components/BroadcastBanner.js';
import { TimerDisplay } from '../../components/TimerDisplay.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { LeaveTable } from './LeaveTable.js';
import { OtherPhaseNotes } from './OtherPhaseNotes.js';
import { QuestionSection } from './QuestionSection.js';
import { useTableSession } from './use-table-session.js';

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

  const tableName =
    event?.tables.find((table) => table.tableId === tableId)?.name || session?.tableName || '';
  const organisations = event?.tables.find((table) => table.tableId === tableId)?.organisations ?? [];
  const phase = event && eventLoaded ? currentPhaseFor(event, tableId) : null;
  useDocumentTitle(tableName || t.tableLabel);

  const grouped = useMemo(() => groupNotes(notes ?? [], phase), [notes, phase]);

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

  return (
    <div className="table-page">
      <div className="page-heading">
        <h1>{tableName || t.tableLabel}</h1>
        {organisations.length > 0 && (
          <p className="muted">
            {t.organisationsAtTable}: {organisations.join(', ')}
          </p>
        )}
      </div>
      <BroadcastBanner broadcast={event?.live.broadcast ?? null} />
      {!eventLoaded ? (
        <p className="muted">{t.loading}</p>
      ) : phase === null ? (
        <p className="panel">{t.notStarted}</p>
      ) : (
        <>
          <section className="phase-intro panel" aria-labelledby="phase-title">
            <p className="eyebrow">{t.phaseLabel}</p>
            <h2 id="phase-title">{phase.title}</h2>
            <TimerDisplay timer={event?.live.timer ?? null} />
            {phase.intro && <p className="intro-text">{phase.intro}</p>}
          </section>
          {phase.questions.map((question, index) => (
            <QuestionSection
              key={question.id}
              doc={tableDoc?.doc ?? null}
              phaseId={phase.id}
              questionId={question.id}
              heading={`${index + 1}. ${question.text}`}
              notes={grouped.byQuestion.get(question.id) ?? []}
            />
          ))}
          <QuestionSection
            doc={tableDoc?.doc ?? null}
            phaseId={phase.id}
            questionId={null}
            heading={t.otherNotes}
            notes={grouped.other}
          />
          <OtherPhaseNotes
            doc={tableDoc?.doc ?? null}
            notes={grouped.otherPhases}
            phases={event?.phases ?? []}
          />
        </>
      )}
      <LeaveTable tableDoc={tableDoc} onLeave={onLeave} />
    </div>
  );
}

interface GroupedNotes {
  byQuestion: Map<string, Note[]>;
  /** Notes of the current phase with no question, or a question that no longer exists. */
  other: Note[];
  otherPhases: Note[];
}

function groupNotes(notes: Note[], phase: Phase | null): GroupedNotes {
  const byQuestion = new Map<string, Note[]>();
  const other: Note[] = [];
  const otherPhases: Note[] = [];
  const questionIds = new Set(phase?.questions.map((q) => q.id) ?? []);
  for (const note of notes) {
    if (!phase || note.phaseId !== phase.id) otherPhases.push(note);
    else if (note.questionId && questionIds.has(note.questionId)) {
      const list = byQuestion.get(note.questionId) ?? [];
      list.push(note);
      byQuestion.set(note.questionId, list);
    } else other.push(note);
  }
  return { byQuestion, other, otherPhases };
}

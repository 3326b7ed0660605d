/**
 * One phase of the workbook as the table works on it: its title, introduction and questions, each
 * question with the table's notes and a way to add one. The phase in progress and an earlier one
 * look alike (both editable); an earlier one says so, with a way back.
 */
import type { Phase } from '../../../../shared/docs/event-doc.js';
import type { Note } from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { QuestionSection } from './QuestionSection.js';

interface PhaseViewProps {
  doc: YDoc | null;
  phase: Phase;
  /** The phase in progress, when `phase` is another one. */
  current: Phase | null;
  /** Whether `current` comes after `phase` in the workbook. */
  earlier: boolean;
  notes: Note[];
  onBackToCurrent: () => void;
}

export function PhaseView({ doc, phase, current, earlier, notes, onBackToCurrent }: PhaseViewProps) {
  const t = useT();
  const questionIds = new Set(phase.questions.map((q) => q.id));
  const byQuestion = (id: string) => notes.filter((note) => note.questionId === id);
  // Notes on the phase as a whole, or on a question that no longer exists.
  const other = notes.filter((note) => !note.questionId || !questionIds.has(note.questionId));

  return (
    <>
      {current && (
        <div className="panel phase-elsewhere" role="note">
          <p>{earlier ? t.viewingEarlierPhase(current.title) : t.viewingOtherPhase(current.title)}</p>
          <button type="button" className="button primary" onClick={onBackToCurrent}>
            {t.backToCurrentPhase}
          </button>
        </div>
      )}
      <section className="phase-intro panel" aria-labelledby="phase-title">
        <p className="eyebrow">{current ? t.phaseLabel : `${t.phaseLabel} · ${t.phaseNow}`}</p>
        <h2 id="phase-title">{phase.title}</h2>
        {phase.intro && <p className="intro-text">{phase.intro}</p>}
      </section>
      {phase.questions.map((question, index) => (
        <QuestionSection
          key={question.id}
          doc={doc}
          phaseId={phase.id}
          questionId={question.id}
          heading={`${index + 1}. ${question.text}`}
          notes={byQuestion(question.id)}
        />
      ))}
      <QuestionSection doc={doc} phaseId={phase.id} questionId={null} heading={t.otherNotes} notes={other} />
    </>
  );
}

/**
 * One phase of the workbook: name, introduction, suggested minutes, and its questions (add, edit,
 * move, remove). Every change is an event-document op, so tablets in this phase see it live.
 */
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import {
  addQuestion,
  moveQuestion,
  removePhase,
  updatePhase,
  type Phase,
} from '../../../../../shared/docs/event-doc.js';
import { useT } from '../../../i18n/index.js';
import type { YDoc } from '../../../sync/types.js';
import { ConfirmRow } from '../ConfirmRow.js';
import { MoveButtons, refocusMoveButton } from './MoveButtons.js';
import { QuestionEditor } from './QuestionEditor.js';
import { moveTarget, parsePhaseMinutes, type Direction } from './reorder.js';
import { useDraft } from './use-draft.js';

interface PhaseEditorProps {
  doc: YDoc;
  phase: Phase;
  index: number;
  count: number;
  onMove: (phaseId: string, direction: Direction) => void;
  onRemoved: (title: string) => void;
  announce: (message: string) => void;
  /** Open the phase's fields at first (a phase just added); otherwise they are folded away. */
  initiallyOpen?: boolean;
}

export function PhaseEditor({
  doc,
  phase,
  index,
  count,
  onMove,
  onRemoved,
  announce,
  initiallyOpen = false,
}: PhaseEditorProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(initiallyOpen);
  const [confirming, setConfirming] = useState(false);
  const [newQuestion, setNewQuestion] = useState('');
  const newQuestionRef = useRef<HTMLInputElement>(null);
  const moved = useRef<{ id: string; direction: Direction } | null>(null);
  const title = useDraft(phase.title, (value) => updatePhase(doc, phase.id, { title: value }));
  const intro = useDraft(phase.intro, (value) => updatePhase(doc, phase.id, { intro: value }));
  const minutes = useDraft(phase.minutes === null ? '' : String(phase.minutes), (value) => {
    const parsed = parsePhaseMinutes(value);
    if (parsed !== undefined) updatePhase(doc, phase.id, { minutes: parsed });
  });
  const name = phase.title || t.untitledPhase;
  const questionIds = phase.questions.map((q) => q.id);

  useLayoutEffect(() => {
    if (!moved.current) return;
    refocusMoveButton(moved.current.id, moved.current.direction);
    moved.current = null;
  });

  function onMoveQuestion(questionId: string, direction: Direction) {
    const target = moveTarget(questionIds, questionId, direction);
    if (!target) return;
    moveQuestion(doc, phase.id, questionId, target.beforeId);
    moved.current = { id: questionId, direction };
    const position = questionIds.indexOf(questionId) + (direction === 'up' ? 0 : 2);
    announce(t.questionMoved(position, questionIds.length));
  }

  function onAddQuestion(e: FormEvent) {
    e.preventDefault();
    const text = newQuestion.trim();
    if (!text) return;
    addQuestion(doc, phase.id, text);
    setNewQuestion('');
    announce(t.questionAdded(name));
  }

  return (
    <li className="phase-editor" aria-labelledby={`${id}-heading`}>
      <div className="phase-editor-head">
        <h3 id={`${id}-heading`}>
          <span className="muted">{index + 1}.</span> {name}
        </h3>
        {!confirming && (
          <div className="button-row">
            <MoveButtons
              itemId={phase.id}
              itemLabel={name}
              canMoveUp={index > 0}
              canMoveDown={index < count - 1}
              onMove={(direction) => onMove(phase.id, direction)}
            />
            <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
              {t.removePhase}
              <span className="visually-hidden"> – {name}</span>
            </button>
          </div>
        )}
      </div>
      {confirming && (
        <ConfirmRow
          question={t.removePhaseQuestion(name, phase.questions.length)}
          confirmLabel={t.removePhaseConfirm}
          onConfirm={() => {
            removePhase(doc, phase.id);
            onRemoved(name);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p className="muted phase-meta">{t.phaseMeta(phase.questions.length, phase.minutes)}</p>
      <details className="disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t.editPhase}
          <span className="visually-hidden"> – {name}</span>
        </summary>
        <div className="phase-fields">
          <div className="field">
            <label htmlFor={`${id}-title`}>{t.phaseTitleLabel}</label>
            <input
              id={`${id}-title`}
              value={title.value}
              maxLength={120}
              onChange={(e) => title.onChange(e.target.value)}
              onBlur={title.flush}
            />
          </div>
          <div className="field minutes-field">
            <label htmlFor={`${id}-minutes`}>{t.phaseMinutesLabel}</label>
            <input
              id={`${id}-minutes`}
              inputMode="numeric"
              value={minutes.value}
              onChange={(e) => minutes.onChange(e.target.value)}
              onBlur={minutes.flush}
              aria-describedby={`${id}-minutes-hint`}
            />
            <p id={`${id}-minutes-hint`} className="hint">
              {t.phaseMinutesHint}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-intro`}>{t.phaseIntroLabel}</label>
          <textarea
            id={`${id}-intro`}
            rows={3}
            value={intro.value}
            maxLength={2000}
            onChange={(e) => intro.onChange(e.target.value)}
            onBlur={intro.flush}
          />
        </div>
        <h4>{t.questionsHeading}</h4>
        {phase.questions.length === 0 ? (
          <p className="muted">{t.noQuestions}</p>
        ) : (
          <ol className="question-editors">
            {phase.questions.map((question, qIndex) => (
              <QuestionEditor
                key={question.id}
                doc={doc}
                phaseId={phase.id}
                question={question}
                index={qIndex}
                count={phase.questions.length}
                onMove={onMoveQuestion}
                onRemoved={() => {
                  announce(t.questionRemoved);
                  newQuestionRef.current?.focus();
                }}
              />
            ))}
          </ol>
        )}
        <form className="add-question" onSubmit={onAddQuestion}>
          <label htmlFor={`${id}-new-question`}>{t.newQuestionLabel(name)}</label>
          <div className="inline-fields">
            <input
              ref={newQuestionRef}
              id={`${id}-new-question`}
              value={newQuestion}
              maxLength={500}
              onChange={(e) => setNewQuestion(e.target.value)}
            />
            <button type="submit" className="button">
              {t.addQuestion}
            </button>
          </div>
        </form>
      </details>
    </li>
  );
}

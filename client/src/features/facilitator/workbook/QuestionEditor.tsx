/** One workbook question: its text (committed as the facilitator pauses typing), move and remove. */
import { useId, useState } from 'react';
import { removeQuestion, updateQuestion, type Question } from '../../../../../shared/docs/event-doc.js';
import { useT } from '../../../i18n/index.js';
import type { YDoc } from '../../../sync/types.js';
import { ConfirmRow } from '../ConfirmRow.js';
import { MoveButtons } from './MoveButtons.js';
import type { Direction } from './reorder.js';
import { useDraft } from './use-draft.js';

interface QuestionEditorProps {
  doc: YDoc;
  phaseId: string;
  question: Question;
  index: number;
  count: number;
  onMove: (questionId: string, direction: Direction) => void;
  onRemoved: (text: string) => void;
}

export function QuestionEditor({
  doc,
  phaseId,
  question,
  index,
  count,
  onMove,
  onRemoved,
}: QuestionEditorProps) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const draft = useDraft(question.text, (text) => updateQuestion(doc, phaseId, question.id, text));
  const label = t.questionNumber(index + 1);

  return (
    <li className="question-editor">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={draft.value}
        maxLength={500}
        onChange={(e) => draft.onChange(e.target.value)}
        onBlur={draft.flush}
      />
      {confirming ? (
        <ConfirmRow
          question={t.removeQuestionQuestion}
          confirmLabel={t.removeQuestionConfirm}
          onConfirm={() => {
            removeQuestion(doc, phaseId, question.id);
            onRemoved(question.text);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="button-row">
          <MoveButtons
            itemId={question.id}
            itemLabel={label}
            canMoveUp={index > 0}
            canMoveDown={index < count - 1}
            onMove={(direction) => onMove(question.id, direction)}
          />
          <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
            {t.removeQuestion}
            <span className="visually-hidden"> – {label}</span>
          </button>
        </div>
      )}
    </li>
  );
}

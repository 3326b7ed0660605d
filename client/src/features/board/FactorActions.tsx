/**
 * A factor's less frequent actions, behind "More": move it earlier or later among the factors, merge
 * it into another (its notes and narrative go there), or delete it (its notes return to the pool).
 */
import { useId, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { factorLabel } from './announcements.js';
import { useBoardActions } from './board-actions.js';
import { useBoardModel } from './board-context.js';

interface FactorActionsProps {
  factorId: string;
  name: string;
  index: number;
  count: number;
  onClose: () => void;
}

export function FactorActions({ factorId, name, index, count, onClose }: FactorActionsProps) {
  const t = useT();
  const id = useId();
  const actions = useBoardActions();
  const model = useBoardModel();
  const others = model.factors.filter((view) => view.factor.id !== factorId);
  const [mergeInto, setMergeInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const target = others.some((view) => view.factor.id === mergeInto)
    ? mergeInto
    : (others[0]?.factor.id ?? '');

  return (
    <div className="board-panel board-factor-actions">
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => actions.moveFactor(factorId, -1)}
        >
          ← {t.boardMoveFactorEarlier}
        </button>
        <button
          type="button"
          className="button"
          disabled={index === count - 1}
          onClick={() => actions.moveFactor(factorId, 1)}
        >
          {t.boardMoveFactorLater} →
        </button>
      </div>
      {others.length > 0 && (
        <form
          className="board-merge"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) actions.mergeFactors(factorId, target);
          }}
        >
          <label htmlFor={`${id}-merge`}>{t.boardMergeLabel}</label>
          <p className="hint" id={`${id}-merge-hint`}>
            {t.boardMergeHint}
          </p>
          <div className="inline-fields">
            <select
              id={`${id}-merge`}
              value={target}
              aria-describedby={`${id}-merge-hint`}
              onChange={(event) => setMergeInto(event.target.value)}
            >
              {others.map((view) => (
                <option key={view.factor.id} value={view.factor.id}>
                  {factorLabel(model, view.factor.id, t)}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t.boardMergeSubmit}
            </button>
          </div>
        </form>
      )}
      {confirming ? (
        <div className="confirm-row" role="group" aria-label={t.boardDeleteFactor}>
          <p>{t.boardDeleteFactorQuestion(name)}</p>
          <button type="button" className="button danger" onClick={() => actions.deleteFactor(factorId)}>
            {t.boardConfirmDeleteFactor}
          </button>
          <button type="button" className="button subtle" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
            {t.boardDeleteFactor}
          </button>
          <button type="button" className="button link-like" onClick={onClose}>
            {t.boardClose}
          </button>
        </div>
      )}
    </div>
  );
}

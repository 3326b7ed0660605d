/**
 * The workbook of the day: its phases in order, each with its questions, and a form to add a phase.
 * Reordering is by buttons (keyboard first); every move and removal is announced in words.
 */
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { addPhase, movePhase, type EventSnapshot } from '../../../../../shared/docs/event-doc.js';
import { useT } from '../../../i18n/index.js';
import type { YDoc } from '../../../sync/types.js';
import { refocusMoveButton } from './MoveButtons.js';
import { PhaseEditor } from './PhaseEditor.js';
import { moveTarget, type Direction } from './reorder.js';
import { FieldError } from '../../../components/FieldError.js';

export function WorkbookEditor({ doc, event }: { doc: YDoc | null; event: EventSnapshot | null }) {
  const t = useT();
  const id = useId();
  const [message, setMessage] = useState('');
  const [newPhase, setNewPhase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addedId, setAddedId] = useState<string | null>(null);
  const newPhaseRef = useRef<HTMLInputElement>(null);
  const moved = useRef<{ id: string; direction: Direction } | null>(null);
  const phases = event?.phases ?? [];
  const phaseIds = phases.map((p) => p.id);

  useLayoutEffect(() => {
    if (!moved.current) return;
    refocusMoveButton(moved.current.id, moved.current.direction);
    moved.current = null;
  });

  function onMovePhase(phaseId: string, direction: Direction) {
    const target = moveTarget(phaseIds, phaseId, direction);
    if (!doc || !target) return;
    movePhase(doc, phaseId, target.beforeId);
    moved.current = { id: phaseId, direction };
    const title = phases.find((p) => p.id === phaseId)?.title || t.untitledPhase;
    const position = phaseIds.indexOf(phaseId) + (direction === 'up' ? 0 : 2);
    setMessage(t.phaseMoved(title, position, phaseIds.length));
  }

  function onAddPhase(e: FormEvent) {
    e.preventDefault();
    const title = newPhase.trim();
    if (!title) {
      setError(t.phaseTitleRequired);
      newPhaseRef.current?.focus();
      return;
    }
    if (!doc) return;
    setAddedId(addPhase(doc, { title }));
    setNewPhase('');
    setError(null);
    setMessage(t.phaseAdded(title));
  }

  return (
    <section className="panel workbook" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.workbookHeading}</h2>
      <p className="hint">{t.workbookIntro}</p>
      {!event || !doc ? (
        <p className="muted">{t.loading}</p>
      ) : phases.length === 0 ? (
        <p className="muted">{t.workbookEmpty}</p>
      ) : (
        <ol className="phase-editors">
          {phases.map((phase, index) => (
            <PhaseEditor
              key={phase.id}
              doc={doc}
              phase={phase}
              index={index}
              count={phases.length}
              onMove={onMovePhase}
              onRemoved={(title) => {
                setMessage(t.phaseRemoved(title));
                newPhaseRef.current?.focus();
              }}
              announce={setMessage}
              initiallyOpen={phase.id === addedId}
            />
          ))}
        </ol>
      )}
      <form className="add-phase" onSubmit={onAddPhase} noValidate>
        <label htmlFor={`${id}-new-phase`}>{t.newPhaseLabel}</label>
        <div className="inline-fields">
          <input
            ref={newPhaseRef}
            id={`${id}-new-phase`}
            value={newPhase}
            maxLength={120}
            onChange={(e) => setNewPhase(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="submit" className="button primary" disabled={!doc}>
            {t.addPhase}
          </button>
        </div>
        <FieldError id={`${id}-error`} error={error} />
      </form>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

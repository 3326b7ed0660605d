/**
 * Moves every table to a phase. A select plus an explicit button, not a select that acts on change:
 * moving twenty tables is not something a stray arrow key should do.
 */
import { useId, useState, type FormEvent } from 'react';
import { setCurrentPhase, type EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';

export function PhaseControl({ doc, event }: { doc: YDoc | null; event: EventSnapshot | null }) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const phases = event?.phases ?? [];
  const currentId = event?.live.currentPhaseId ?? null;
  const current = phases.find((p) => p.id === currentId) ?? null;
  const selected = choice ?? current?.id ?? phases[0]?.id ?? '';

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!doc || !selected) return;
    setCurrentPhase(doc, selected);
    setChoice(null);
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.phaseControlHeading}</h2>
      {phases.length === 0 ? (
        <p className="muted">{event ? t.noPhases : t.loading}</p>
      ) : (
        <>
          <p className="current-phase">{current ? current.title : '—'}</p>
          <form onSubmit={onSubmit}>
            <label htmlFor={`${id}-select`}>{t.phaseSelectLabel}</label>
            <div className="inline-fields">
              <select id={`${id}-select`} value={selected} onChange={(e) => setChoice(e.target.value)}>
                {phases.map((phase) => (
                  <option key={phase.id} value={phase.id}>
                    {phase.title}
                  </option>
                ))}
              </select>
              <button type="submit" className="button primary" disabled={!doc || selected === current?.id}>
                {t.setPhase}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

/**
 * Moves tables to a phase: every table (the event's current phase, clearing per-table choices) or
 * one table (its own phase, or back to following everyone). Selects plus an explicit button, not a
 * select that acts on change: moving twenty tables is not something a stray arrow key should do.
 */
import { useId, useState, type FormEvent } from 'react';
import { currentPhaseFor, setCurrentPhase, type EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';

const ALL = '';
/** The phase choice that returns a single table to the event's phase. */
const FOLLOW = '';

export function PhaseControl({ doc, event }: { doc: YDoc | null; event: EventSnapshot | null }) {
  const t = useT();
  const id = useId();
  const [target, setTarget] = useState<string>(ALL);
  const [choice, setChoice] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const phases = event?.phases ?? [];
  const tables = event?.tables ?? [];
  const current = event ? currentPhaseFor(event, null) : null;
  const table = tables.find((tb) => tb.tableId === target) ?? null;
  const override = table ? (event?.live.phaseByTable[table.tableId] ?? null) : null;
  const validOverride = override && phases.some((p) => p.id === override) ? override : FOLLOW;
  const shownNow = table ? validOverride : (current?.id ?? '');
  const selected = choice ?? shownNow;
  const index = phases.findIndex((p) => p.id === current?.id);
  const next = index >= 0 ? (phases[index + 1] ?? null) : null;
  const titleOf = (phaseId: string) => phases.find((p) => p.id === phaseId)?.title || t.untitledPhase;

  function apply(phaseId: string | null, tableId?: string) {
    if (!doc) return;
    setCurrentPhase(doc, phaseId, tableId);
    setChoice(null);
    if (tableId === undefined) setDone(t.phaseSetForAll(titleOf(phaseId ?? '')));
    else {
      const name = tables.find((tb) => tb.tableId === tableId)?.name ?? '';
      setDone(phaseId ? t.phaseSetForTable(name, titleOf(phaseId)) : t.phaseFollowsAll(name));
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (table) apply(selected === FOLLOW ? null : selected, table.tableId);
    else if (selected) apply(selected);
  }

  const overrides = Object.entries(event?.live.phaseByTable ?? {}).filter(
    ([tableId, phaseId]) =>
      tables.some((tb) => tb.tableId === tableId) && phases.some((p) => p.id === phaseId),
  );

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.phaseControlHeading}</h2>
      {phases.length === 0 ? (
        <p className="muted">{event ? t.noPhases : t.loading}</p>
      ) : (
        <>
          <p className="current-phase" data-testid="current-phase">
            {current ? current.title || t.untitledPhase : '—'}
          </p>
          {overrides.length > 0 && (
            <p className="muted">
              {t.tablesWithOwnPhase(
                overrides.map(([tableId, phaseId]) => {
                  const name = tables.find((tb) => tb.tableId === tableId)?.name ?? '';
                  return `${name}: ${titleOf(phaseId)}`;
                }),
              )}
            </p>
          )}
          {next && !table && (
            <p>
              <button type="button" className="button primary" disabled={!doc} onClick={() => apply(next.id)}>
                {t.nextPhase(next.title || t.untitledPhase)}
              </button>
            </p>
          )}
          <form onSubmit={onSubmit} className="phase-form">
            <div className="field">
              <label htmlFor={`${id}-target`}>{t.phaseTargetLabel}</label>
              <select
                id={`${id}-target`}
                value={target}
                onChange={(e) => {
                  setTarget(e.target.value);
                  setChoice(null);
                }}
              >
                <option value={ALL}>{t.allTables}</option>
                {tables.map((tb) => (
                  <option key={tb.tableId} value={tb.tableId}>
                    {tb.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-select`}>{t.phaseSelectLabel}</label>
              <select id={`${id}-select`} value={selected} onChange={(e) => setChoice(e.target.value)}>
                {table && <option value={FOLLOW}>{t.followAllTables(current?.title ?? '')}</option>}
                {phases.map((phase) => (
                  <option key={phase.id} value={phase.id}>
                    {phase.title || t.untitledPhase}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button" disabled={!doc || selected === shownNow}>
              {table ? t.setPhaseForTable(table.name) : t.setPhase}
            </button>
          </form>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {done}
      </p>
    </section>
  );
}

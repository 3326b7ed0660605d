/** The pool's filters: phase, table, kind, only notes lifted to the plenary, and a text search. */
import { useId } from 'react';
import type { Phase } from '../../../../shared/docs/event-doc.js';
import { NOTE_KINDS, type NoteKind } from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import { NO_FILTERS, useBoardUiStore } from '../../state/board-ui-store.js';
import { kindLabel } from '../table/note-kinds.js';
import type { TableInfo } from './board-model.js';
import { noFilters } from './pool-filter.js';

interface PoolFiltersProps {
  phases: readonly Phase[];
  tables: ReadonlyMap<string, TableInfo>;
}

export function PoolFilters({ phases, tables }: PoolFiltersProps) {
  const t = useT();
  const id = useId();
  const filters = useBoardUiStore((s) => s.filters);
  const setFilters = useBoardUiStore((s) => s.setFilters);
  const orNull = (value: string) => (value === '' ? null : value);

  return (
    <fieldset className="board-filters">
      <legend className="visually-hidden">{t.boardFiltersHeading}</legend>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t.boardFilterSearch}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.search}
          onChange={(event) => setFilters({ search: event.target.value })}
        />
      </div>
      <div className="board-filter-row">
        <div className="field">
          <label htmlFor={`${id}-phase`}>{t.boardFilterPhase}</label>
          <select
            id={`${id}-phase`}
            value={filters.phaseId ?? ''}
            onChange={(event) => setFilters({ phaseId: orNull(event.target.value) })}
          >
            <option value="">{t.boardFilterAllPhases}</option>
            {phases.map((phase) => (
              <option key={phase.id} value={phase.id}>
                {phase.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-table`}>{t.boardFilterTable}</label>
          <select
            id={`${id}-table`}
            value={filters.tableId ?? ''}
            onChange={(event) => setFilters({ tableId: orNull(event.target.value) })}
          >
            <option value="">{t.boardFilterAllTables}</option>
            {[...tables].map(([tableId, table]) => (
              <option key={tableId} value={tableId}>
                {table.name || t.tableLabel}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t.boardFilterKind}</label>
          <select
            id={`${id}-kind`}
            value={filters.kind ?? ''}
            onChange={(event) => setFilters({ kind: orNull(event.target.value) as NoteKind | null })}
          >
            <option value="">{t.boardFilterAllKinds}</option>
            {NOTE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind, t)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={filters.liftedOnly}
          onChange={(event) => setFilters({ liftedOnly: event.target.checked })}
        />
        {t.boardFilterLifted}
      </label>
      {!noFilters(filters) && (
        <button type="button" className="button link-like" onClick={() => setFilters(NO_FILTERS)}>
          {t.boardClearFilters}
        </button>
      )}
    </fieldset>
  );
}

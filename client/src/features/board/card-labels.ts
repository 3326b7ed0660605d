/**
 * The provenance line of each card (table, organisations, phase), made once per table and phase and
 * reused, so every card of a table gets the very same object and memoised cards skip re-rendering.
 */
import { useMemo } from 'react';
import type { Phase } from '../../../../shared/docs/event-doc.js';
import type { CardLabels } from './CardBody.js';
import type { CardItem, TableInfo } from './board-model.js';

export type LabelsFor = (item: CardItem) => CardLabels;

export function useCardLabels(
  tables: ReadonlyMap<string, TableInfo>,
  phases: readonly Phase[] | undefined,
  tableFallback: string,
): LabelsFor {
  return useMemo(() => {
    const cache = new Map<string, CardLabels>();
    const phaseTitles = new Map(phases?.map((phase) => [phase.id, phase.title]));
    return (item: CardItem) => {
      const key = `${item.note.tableId}\n${item.note.phaseId}`;
      let labels = cache.get(key);
      if (!labels) {
        const table = tables.get(item.note.tableId);
        labels = {
          tableName: table?.name || tableFallback,
          organisations: table?.organisations.join(', ') ?? '',
          phaseTitle: phaseTitles.get(item.note.phaseId) ?? '',
        };
        cache.set(key, labels);
      }
      return labels;
    };
  }, [tables, phases, tableFallback]);
}

/** Filtering the pool of unplaced notes: by phase, table, kind, "lifted to the plenary", and text. */
import type { PoolFilters } from '../../state/board-ui-store.js';
import type { CardItem, TableInfo } from './board-model.js';

const fold = (text: string) => text.toLocaleLowerCase('sv').replace(/\s+/g, ' ');

/** True when no filter is set. */
export function noFilters(filters: PoolFilters): boolean {
  return (
    filters.phaseId === null &&
    filters.tableId === null &&
    filters.kind === null &&
    !filters.liftedOnly &&
    filters.search.trim() === ''
  );
}

/**
 * The pool items matching every filter. The search matches the note's text, its excerpt, its
 * table's name and organisations, case-insensitively; every word must match somewhere.
 */
export function filterPool(
  pool: readonly CardItem[],
  filters: PoolFilters,
  tables: ReadonlyMap<string, TableInfo>,
): readonly CardItem[] {
  if (noFilters(filters)) return pool;
  const words = fold(filters.search).split(' ').filter(Boolean);
  return pool.filter((item) => {
    const { note } = item;
    if (filters.phaseId !== null && note.phaseId !== filters.phaseId) return false;
    if (filters.tableId !== null && note.tableId !== filters.tableId) return false;
    if (filters.kind !== null && note.kind !== filters.kind) return false;
    if (filters.liftedOnly && !note.lifted) return false;
    if (words.length === 0) return true;
    const table = tables.get(note.tableId);
    const haystack = fold(
      [note.text, item.excerpt ?? '', table?.name ?? '', ...(table?.organisations ?? [])].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

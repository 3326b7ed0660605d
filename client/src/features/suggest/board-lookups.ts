/**
 * What the suggestion views need to name a note or a factor in words, read from the board model —
 * so the views take lookups, not the whole model. The factor lookup depends only on the factors (a
 * list that keeps its identity while no factor changes), so memoised on it, it leaves memoised cards
 * alone when notes move.
 */
import type { BoardModel, FactorView } from '../board/board-model.js';

/** A note as the suggestion views name it. */
export interface NoteInfo {
  /** What the facilitator reads on its card: the excerpt, else the note. */
  text: string;
  tableId: string;
  tableName: string;
  /** null: among the unsorted notes. */
  factorId: string | null;
}

export type NoteLookup = (ref: string) => NoteInfo | undefined;

/** A factor's title as shown (a blank title gets the untitled word); undefined if it does not exist. */
export type FactorTitleLookup = (factorId: string) => string | undefined;

/** Notes of one board model (O(1) to make; make it again when the model changes). */
export function noteLookup(model: BoardModel, tableFallback: string): NoteLookup {
  return (ref) => {
    const item = model.items.get(ref);
    if (!item) return undefined;
    return {
      text: item.excerpt ?? item.note.text,
      tableId: item.note.tableId,
      tableName: model.tables.get(item.note.tableId)?.name || tableFallback,
      factorId: item.factorId,
    };
  };
}

/** Titles of the board's factors (O(factors); make it again when `model.factors` changes). */
export function factorTitleLookup(factors: readonly FactorView[], untitled: string): FactorTitleLookup {
  const titles = new Map(
    factors.map(({ factor }) => [factor.id, factor.title.replace(/\s+/g, ' ').trim() || untitled]),
  );
  return (factorId) => titles.get(factorId);
}

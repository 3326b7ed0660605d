/**
 * The board model as the suggestion engine sees it (`SuggestInput`). Runs on every model change, so
 * it is one pass over the notes, and it shares structure with its previous answer the way the board
 * model does: a card item that kept its identity keeps its `SuggestNote`, and when nothing the engine
 * reads has changed the previous input itself comes back — the identity the scheduler compares to
 * decide whether the worker needs the board again.
 */
import type {
  SuggestFactor,
  SuggestInput,
  SuggestLanguage,
  SuggestNote,
} from '../../../../shared/suggest/types.js';
import type { BoardModel, CardItem } from '../board/board-model.js';

/** Converts successive board models, reusing what did not change. One per board page. */
export type SuggestInputConverter = (
  model: BoardModel,
  language: SuggestLanguage,
  vectors?: ReadonlyMap<string, Float32Array>,
) => SuggestInput;

export function createSuggestInputConverter(): SuggestInputConverter {
  // Keyed by the card item: the board model keeps an item's identity while nothing on it changes.
  const notesByItem = new WeakMap<CardItem, SuggestNote>();
  let prev: SuggestInput | null = null;

  return (model, language, vectors) => {
    const notes = shareList(prev?.notes, convertNotes(model, notesByItem));
    const factors = shareList(prev?.factors, convertFactors(model, prev?.factors));
    if (prev && prev.notes === notes && prev.factors === factors && prev.language === language) {
      if (prev.vectors === vectors) return prev;
    }
    prev = vectors ? { language, notes, factors, vectors } : { language, notes, factors };
    return prev;
  };
}

function convertNotes(model: BoardModel, cache: WeakMap<CardItem, SuggestNote>): SuggestNote[] {
  const notes: SuggestNote[] = [];
  for (const item of model.items.values()) {
    let note = cache.get(item);
    if (!note) {
      note = toSuggestNote(item);
      cache.set(item, note);
    }
    // Blank notes (a table's empty card) say nothing to compare; the board leaves them out too.
    if (note.text !== '') notes.push(note);
  }
  return notes;
}

/** One card as the engine sees it: what the facilitator reads on it (the excerpt, else the note). */
export function toSuggestNote(item: CardItem): SuggestNote {
  return {
    ref: item.ref,
    text: (item.excerpt ?? item.note.text).trim(),
    tableId: item.note.tableId,
    phaseId: item.note.phaseId,
    questionId: questionOf(item),
    factorId: item.factorId,
  };
}

/**
 * The board model does not carry a note's question yet; read it if a later model adds it, so the
 * engine gets that context without this file changing.
 */
function questionOf(item: CardItem): string | null {
  const note = item.note as CardItem['note'] & { questionId?: string | null };
  return note.questionId ?? null;
}

function convertFactors(model: BoardModel, prev: readonly SuggestFactor[] | undefined): SuggestFactor[] {
  return model.factors.map(({ factor }, i) => {
    const before = prev?.[i];
    return before &&
      before.id === factor.id &&
      before.title === factor.title &&
      before.narrative === factor.narrative
      ? before
      : { id: factor.id, title: factor.title, narrative: factor.narrative };
  });
}

/** `prev` when `next` holds the same elements in the same order (so an unchanged list keeps its identity). */
function shareList<T>(prev: readonly T[] | undefined, next: T[]): readonly T[] {
  if (prev && prev.length === next.length && prev.every((item, i) => item === next[i])) return prev;
  return next;
}

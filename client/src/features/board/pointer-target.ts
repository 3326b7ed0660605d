/**
 * The DOM side of drop targets: which note of a factor's list lies under the pointer, and where a
 * keyboard cursor's spot is on screen. Reads the cards' boxes directly — cheap, exact, and it
 * respects a list's scrolling (a note scrolled out of view is never the target).
 */
import type { DropTarget } from '../../state/board-ui-store.js';
import { scrollIntoViewQuietly } from './use-growing-list.js';

/** Marks a factor's list of cards (FactorColumn) so drags can find it. */
export const FACTOR_LIST_ATTRIBUTE = 'data-factor-list';

function listOf(factorId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${FACTOR_LIST_ATTRIBUTE}="${CSS.escape(factorId)}"]`);
}

function cardsOf(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(':scope > ol > [data-note-ref]')];
}

/**
 * The note a drop at `pointer` would land before in `factorId`'s list: the first card whose middle
 * is below the pointer (binary search: cards are stacked top to bottom). Null — at the end — when
 * the pointer is below the last card or outside the list's visible box (over the factor's title).
 */
export function noteBelowPointer(factorId: string, pointer: { x: number; y: number }): string | null {
  const list = listOf(factorId);
  if (!list) return null;
  const box = list.getBoundingClientRect();
  if (pointer.y < box.top || pointer.y > box.bottom || pointer.x < box.left || pointer.x > box.right)
    return null;
  const cards = cardsOf(list);
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const rect = cards[middle]!.getBoundingClientRect();
    if (rect.top + rect.height / 2 > pointer.y) high = middle;
    else low = middle + 1;
  }
  return cards[low]?.dataset.noteRef ?? null;
}

/**
 * Where the dragged card's overlay should sit for a keyboard cursor at `target`: on the note it
 * would land before, or below the last note of the list (scrolled into view, so the insertion bar
 * is visible). Null when the spot is not on screen (the pool: the overlay stays where it is).
 */
export function spotOnScreen(target: DropTarget): { x: number; y: number } | null {
  if (target.factorId === null) return null;
  const list = listOf(target.factorId);
  if (!list) return null;
  const before = target.beforeRef
    ? cardsOf(list).find((card) => card.dataset.noteRef === target.beforeRef)
    : undefined;
  if (before) {
    scrollIntoViewQuietly(before);
    const rect = before.getBoundingClientRect();
    return { x: rect.left + 16, y: rect.top - 8 };
  }
  const last = cardsOf(list).at(-1);
  if (last) scrollIntoViewQuietly(last);
  const box = list.getBoundingClientRect();
  const y = last ? last.getBoundingClientRect().bottom + 8 : box.top + 8;
  return { x: box.left + 16, y: Math.min(y, box.bottom - 8) };
}

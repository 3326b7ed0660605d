/**
 * Ordering with fractional-index keys (strings), never array positions.
 *
 * Each ordered record (phase, question, table, note, factor, placement) carries an `order` string.
 * Moving a record writes only its own key, so concurrent moves of different records never conflict
 * and a move never rewrites its neighbours. Two replicas inserting at the same spot at the same time
 * can produce equal keys; every sort therefore breaks ties by id, and inserting "between" two tied
 * records lands just before the tied group (see {@link orderForMove}).
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** Anything that can be put in order: a record with an id and a fractional-index key. */
export interface Ordered {
  id: string;
  order: string;
}

/**
 * Returns a key that sorts after `a` and before `b` (null = open end). Never throws on data another
 * replica wrote: a malformed bound is ignored, and tied bounds (`a === b`) drop the lower one so the
 * result still sorts before `b`.
 */
export function orderBetween(a: string | null, b: string | null): string {
  const lower = a !== null && isValidOrder(a) ? a : null;
  const upper = b !== null && isValidOrder(b) ? b : null;
  if (lower !== null && upper !== null && lower >= upper) return generateKeyBetween(null, upper);
  return generateKeyBetween(lower, upper);
}

/** Returns a key that sorts after `last` (null = the first key of an empty list). */
export function orderAfter(last: string | null): string {
  return orderBetween(last, null);
}

/** Returns `n` ascending keys that sort after `last`, for appending several records at once. */
export function orderKeysAfter(last: string | null, n: number): string[] {
  return generateNKeysBetween(last !== null && isValidOrder(last) ? last : null, null, n);
}

/**
 * Compares two keys by UTF-16 code units — the order fractional-indexing is defined in. Not
 * `localeCompare`, which would reorder keys by language rules. Callers break ties by id.
 */
export function compareOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Returns a sorted copy: by `order`, ties by `id`, so every replica shows the same sequence. */
export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => compareOrder(x.order, y.order) || compareOrder(x.id, y.id));
}

/** Returns the last key of a list (any order), or null when it is empty. */
export function lastOrder(items: readonly Ordered[]): string | null {
  const sorted = sortByOrder(items);
  return sorted[sorted.length - 1]?.order ?? null;
}

/**
 * Computes the key that places record `movingId` directly before `beforeId` among `items` (or at the
 * end when `beforeId` is null or no longer present — it may have been deleted by another replica).
 * The moving record itself is ignored, so this works both for moves within a list and into it.
 */
export function orderForMove(items: readonly Ordered[], movingId: string, beforeId: string | null): string {
  const others = sortByOrder(items.filter((item) => item.id !== movingId));
  const index = beforeId === null ? -1 : others.findIndex((item) => item.id === beforeId);
  if (index < 0) return orderAfter(others[others.length - 1]?.order ?? null);
  const upper = others[index]!.order;
  // Skip lower neighbours tied with the upper bound: no key fits strictly between equal keys.
  let lowerIndex = index - 1;
  while (lowerIndex >= 0 && others[lowerIndex]!.order >= upper) lowerIndex--;
  return orderBetween(others[lowerIndex]?.order ?? null, upper);
}

/**
 * Computes the key that places a new record directly after `afterId` (and after any record tied with
 * it), before the next record. Appends when `afterId` is null or not present.
 */
export function orderForInsertAfter(items: readonly Ordered[], afterId: string | null): string {
  const sorted = sortByOrder(items);
  const index = afterId === null ? -1 : sorted.findIndex((item) => item.id === afterId);
  if (index < 0) return orderAfter(sorted[sorted.length - 1]?.order ?? null);
  const lower = sorted[index]!.order;
  const next = sorted.slice(index + 1).find((item) => item.order > lower);
  return orderBetween(lower, next?.order ?? null);
}

/** Whether `key` is a well-formed fractional-index key (data from other replicas may not be). */
export function isValidOrder(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

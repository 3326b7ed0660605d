/**
 * Tolerant readers for values stored in Yjs maps.
 *
 * A document may hold anything another replica wrote: an older client, a half-applied schema change,
 * a buggy or hostile participant. Reads never throw on such data and never repair it (repairing would
 * be a write on load); they coerce each value to its declared type or fall back to an empty value.
 */
import * as Y from 'yjs';

/** `value` if it is a string, else `fallback`. */
export function readString(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** `value` if it is a string, else null. */
export function readStringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** `value` if it is a finite number, else `fallback`. */
export function readNumber(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** `value` if it is a finite number, else null. */
export function readNumberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** `value` if it is a boolean, else `fallback`. */
export function readBoolean(value: unknown, fallback = false): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** The strings of `value` if it is an array (other elements dropped), else an empty array. */
export function readStringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `value` if it is one of `allowed`, else `fallback`. */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** `value` if it is one of `allowed`, else null. */
export function readEnumOrNull<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A plain object (a register's value) as a record, or null for anything else. */
export function readRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The text of `value` if it is a Y.Text, else ''. */
export function readText(value: unknown): string {
  return value instanceof Y.Text ? value.toString() : '';
}

/** The entries of a map whose value is itself a Y.Map; other values are skipped. */
export function mapEntries(map: Y.Map<unknown>): Array<[string, Y.Map<unknown>]> {
  const entries: Array<[string, Y.Map<unknown>]> = [];
  map.forEach((value, key) => {
    if (value instanceof Y.Map) entries.push([key, value as Y.Map<unknown>]);
  });
  return entries;
}

/** The child Y.Map stored under `key`, or null if it is absent or of another type. */
export function childMap(map: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const value = map.get(key);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** The id and order key of every child Y.Map of `map`, for computing a new order key. */
export function orderedChildren(
  map: Y.Map<unknown>,
  orderField: string,
): Array<{ id: string; order: string }> {
  return mapEntries(map).map(([id, child]) => ({ id, order: readString(child.get(orderField)) }));
}

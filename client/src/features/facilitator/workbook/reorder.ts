/**
 * Keyboard reordering ("Flytta upp" / "Flytta ner") expressed the way the document's move ops want
 * it: the id to place the item before, or null for "at the end".
 */
export type Direction = 'up' | 'down';

/**
 * Where `id` goes when moved one step: `{ beforeId }` for the op, or null when it cannot move that
 * way (already first or last, or not in the list).
 */
export function moveTarget(
  ids: readonly string[],
  id: string,
  direction: Direction,
): { beforeId: string | null } | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  if (direction === 'up') return index === 0 ? null : { beforeId: ids[index - 1]! };
  if (index === ids.length - 1) return null;
  return { beforeId: ids[index + 2] ?? null };
}

/** Minutes typed for a phase: null for an empty field, undefined when it is not a usable number. */
export function parsePhaseMinutes(input: string): number | null | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= 600 ? value : undefined;
}

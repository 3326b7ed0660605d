/**
 * "Why": the stems a note shares with a profile or another note, ranked by how much each adds to
 * the similarity, quoted as the note writes them.
 */
import { weightOf, type SparseVector } from './sparse.js';

/** The UI shows a handful; beyond five the list stops explaining. */
const MAX_SHARED_WORDS = 5;

/** `surfaces` maps each of the note's stem features (and only those) to the word that produced it. */
export function sharedWordsOf(
  note: SparseVector,
  surfaces: ReadonlyMap<number, string>,
  otherWeight: (id: number) => number,
): string[] {
  const contributions = new Map<string, number>();
  for (const [id, surface] of surfaces) {
    const shared = weightOf(note, id) * otherWeight(id);
    if (shared > 0) contributions.set(surface, (contributions.get(surface) ?? 0) + shared);
  }
  return [...contributions]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_SHARED_WORDS)
    .map(([surface]) => surface);
}

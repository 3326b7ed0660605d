/** Clustering and ranking measures for the evaluation. */

/**
 * The adjusted Rand index (Hubert & Arabie 1985) of two labelings of the same items: 1 for identical
 * partitions, about 0 for chance agreement, negative when worse than chance.
 */
export function adjustedRandIndex(truth: readonly string[], predicted: readonly string[]): number {
  if (truth.length !== predicted.length) throw new Error('labelings of different lengths');
  const n = truth.length;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const count = (keys: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const key of keys) m.set(key, (m.get(key) ?? 0) + 1);
    return m;
  };
  const cells = count(truth.map((t, i) => `${t}\u0000${predicted[i]}`));
  const sumCells = [...cells.values()].reduce((s, c) => s + pairs(c), 0);
  const sumTruth = [...count(truth).values()].reduce((s, c) => s + pairs(c), 0);
  const sumPredicted = [...count(predicted).values()].reduce((s, c) => s + pairs(c), 0);
  const expected = (sumTruth * sumPredicted) / pairs(n);
  const max = (sumTruth + sumPredicted) / 2;
  // Both partitions all singletons or both one block: they agree completely.
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}

/** Labels for `refs` from groups; a ref in no group is a group of its own. */
export function labelsFromGroups(
  refs: readonly string[],
  groups: readonly { refs: readonly string[] }[],
): string[] {
  const groupOf = new Map<string, string>();
  groups.forEach((g, i) => g.refs.forEach((ref) => groupOf.set(ref, `g${i}`)));
  return refs.map((ref) => groupOf.get(ref) ?? `single:${ref}`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

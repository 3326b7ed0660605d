/**
 * Average-linkage agglomerative clustering on a similarity matrix: merge the two closest groups until
 * a number of groups is reached, never merging groups whose mean pairwise similarity is below a
 * threshold. Chosen over k-means because it needs no random start, and measured better than
 * spherical k-means (on TF-IDF and on an LSA projection) on both labelled sets (see BENCHMARKS.md).
 * Each group remembers its closest other group, so a merge rescans only the rows it touched.
 */

export interface LinkageStop {
  /**
   * Stop merging when this few groups remain, given the number of items that resemble at least one
   * other (items like no other stay alone and are not counted). Without it, merge as far as the
   * threshold allows.
   */
  groups?: (linkedItems: number) => number;
  /** Never merge two groups whose mean pairwise similarity is below this. */
  threshold: number;
}

/**
 * Groups of indices 0…n−1. `similarity` is n×n, symmetric, row-major, and is overwritten. Ties go to
 * the lower index, so the answer depends only on the matrix.
 */
export function averageLinkage(n: number, similarity: Float32Array, stop: LinkageStop): number[][] {
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const nearest = new Int32Array(n).fill(-1);
  const nearestSimilarity = new Float64Array(n).fill(-Infinity);

  const findNearest = (i: number) => {
    let best = -1;
    let bestSimilarity = -Infinity;
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (j === i || !active[j]) continue;
      const s = similarity[row + j]!;
      if (s > bestSimilarity) {
        bestSimilarity = s;
        best = j;
      }
    }
    nearest[i] = best;
    nearestSimilarity[i] = bestSimilarity;
  };
  for (let i = 0; i < n; i++) findNearest(i);
  let groupCount = 0;
  for (let i = 0; i < n; i++) if (nearest[i]! >= 0 && nearestSimilarity[i]! >= stop.threshold) groupCount++;
  const targetGroups = Math.max(1, stop.groups?.(groupCount) ?? 1);

  for (;;) {
    let a = -1;
    for (let i = 0; i < n; i++) {
      if (active[i] && nearest[i]! >= 0 && (a < 0 || nearestSimilarity[i]! > nearestSimilarity[a]!)) a = i;
    }
    if (a < 0 || groupCount <= targetGroups || nearestSimilarity[a]! < stop.threshold) break;
    let b = nearest[a]!;
    if (b < a) [a, b] = [b, a];

    // Lance–Williams update for average linkage: the merged group's similarity to k is the
    // size-weighted mean of its halves' similarities to k.
    const total = size[a]! + size[b]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === b) continue;
      const s = (size[a]! * similarity[a * n + k]! + size[b]! * similarity[b * n + k]!) / total;
      similarity[a * n + k] = s;
      similarity[k * n + a] = s;
    }
    size[a] = total;
    active[b] = 0;
    groupCount--;
    members[a]!.push(...members[b]!);
    members[b] = [];

    findNearest(a);
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a) continue;
      if (nearest[k] === a || nearest[k] === b) findNearest(k);
      else if (
        similarity[k * n + a]! > nearestSimilarity[k]! ||
        (similarity[k * n + a] === nearestSimilarity[k] && a < nearest[k]!)
      ) {
        nearest[k] = a;
        nearestSimilarity[k] = similarity[k * n + a]!;
      }
    }
  }
  return members.filter((m, i) => active[i] && m.length > 0).map((m) => m.sort((x, y) => x - y));
}

import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../shared/suggest/cluster.js';
import { squareRootRule } from '../../shared/suggest/index.js';
import { DEFAULT_TUNING, vectorise } from '../../shared/suggest/vectorise.js';

/** A symmetric n×n matrix from the upper-triangle entries given as [i, j, similarity]. */
function matrix(n: number, entries: readonly [number, number, number][]): Float32Array {
  const m = new Float32Array(n * n);
  for (const [i, j, s] of entries) {
    m[i * n + j] = s;
    m[j * n + i] = s;
  }
  return m;
}

// Two tight pairs (0–1, 2–3) that resemble each other a little, and item 4 that resembles nothing.
const PAIRS: [number, number, number][] = [
  [0, 1, 0.9],
  [2, 3, 0.8],
  [0, 2, 0.1],
  [1, 3, 0.2],
];

describe('average linkage', () => {
  it('merges down to the requested number of groups, closest first', () => {
    expect(averageLinkage(5, matrix(5, PAIRS), { groups: () => 2, threshold: Number.MIN_VALUE })).toEqual([
      [0, 1],
      [2, 3],
      [4],
    ]);
    expect(averageLinkage(5, matrix(5, PAIRS), { groups: () => 1, threshold: Number.MIN_VALUE })).toEqual([
      [0, 1, 2, 3],
      [4],
    ]);
  });

  it('never merges groups that share nothing, and does not count items that resemble nothing', () => {
    let linked = -1;
    const groups = averageLinkage(5, matrix(5, PAIRS), {
      groups: (n) => ((linked = n), 1),
      threshold: Number.MIN_VALUE,
    });
    expect(linked).toBe(4);
    expect(groups).toContainEqual([4]);
  });

  it('stops at the threshold when it comes before the number of groups', () => {
    expect(averageLinkage(5, matrix(5, PAIRS), { groups: () => 1, threshold: 0.5 })).toEqual([
      [0, 1],
      [2, 3],
      [4],
    ]);
  });
});

describe('how many groups', () => {
  it('follows √(n/2), at least two', () => {
    expect([1, 4, 50, 98, 200, 1000].map(squareRootRule)).toEqual([2, 2, 5, 7, 10, 22]);
  });
});

describe('features', () => {
  it('a word or n-gram only one text uses is dropped; words two texts share are kept', () => {
    const { vectors, idf } = vectorise(
      ['Bussen går sällan', 'Bussen är full', 'Xylofonorkester'],
      'sv',
      DEFAULT_TUNING,
    );
    expect(vectors[2]!.ids).toHaveLength(0);
    for (const v of vectors) for (const id of v.ids) expect(idf[id]).toBeGreaterThan(0);
    const shared = [...vectors[0]!.ids].filter((id) => vectors[1]!.ids.includes(id));
    expect(shared.length).toBe(vectors[0]!.ids.length);
    expect(shared.length).toBeGreaterThan(0);
  });
});

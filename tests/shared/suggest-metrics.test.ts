import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, labelsFromGroups, median } from '../../eval/metrics.js';

describe('evaluation measures', () => {
  it('the adjusted Rand index matches known values', () => {
    // Values as computed by scikit-learn's adjusted_rand_score.
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2'])).toBeCloseTo(0.5714285714, 9);
    expect(adjustedRandIndex(['0', '0', '0', '1', '1', '1'], ['0', '0', '1', '1', '2', '2'])).toBeCloseTo(
      0.2424242424,
      9,
    );
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '1', '0', '1'])).toBeCloseTo(-0.5, 9);
  });

  it('the adjusted Rand index is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'c'], ['x', 'x', 'z', 'y'])).toBe(1);
    expect(adjustedRandIndex(['a', 'b', 'c'], ['x', 'y', 'z'])).toBe(1);
  });

  it('notes in no group count as singletons', () => {
    expect(labelsFromGroups(['a', 'b', 'c', 'd'], [{ refs: ['b', 'c'] }])).toEqual([
      'single:a',
      'g0',
      'g0',
      'single:d',
    ]);
  });

  it('median takes the middle, or the mean of the two middles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

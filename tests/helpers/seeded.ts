/** The seeded PRNG (scripts/lib/seeded.ts) and small helpers for randomised tests. */
export { mulberry32 } from '../../scripts/lib/seeded.js';

export const randomInt = (rand: () => number, min: number, max: number): number =>
  min + Math.floor(rand() * (max - min + 1));

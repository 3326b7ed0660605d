/** Seeded PRNG (mulberry32) so a rerun sends the same pattern of edits. */
import { mulberry32 } from '../../scripts/lib/seeded.js';

export type Rng = () => number;

/** The shared mulberry32 (scripts/lib/seeded.ts). */
export const seededRng: (seed: number) => Rng = mulberry32;

/** Uniform in [min, max). */
export function between(rng: Rng, min: number, max: number): number {
  return min + rng() * (max - min);
}

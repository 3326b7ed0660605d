/**
 * A factor's profile: its title, its narrative and the notes already placed on it, each scaled to
 * unit length and then mixed, so the title speaks first and the placed notes take over as the day
 * goes on. Stored as one feature-major matrix so scoring a note against every factor is one pass over
 * the note's features.
 */
import { addInto, type SparseVector } from './sparse.js';

export interface ProfileWeights {
  title: number;
  narrative: number;
  /** Weight of the placed notes' mean direction. */
  notes: number;
}

export const DEFAULT_PROFILE_WEIGHTS: ProfileWeights = { title: 1, narrative: 1, notes: 1 };

export interface ProfileSources {
  title: SparseVector;
  narrative: SparseVector;
  notes: readonly SparseVector[];
}

/** `featureCount × factors` weights, feature-major: row f holds every factor's weight of feature f. */
export function profileMatrix(
  sources: readonly ProfileSources[],
  featureCount: number,
  weights: ProfileWeights,
): Float32Array {
  const k = sources.length;
  const matrix = new Float32Array(featureCount * k);
  const scratch = new Float64Array(featureCount);
  const notesSum = new Float64Array(featureCount);
  sources.forEach((source, factor) => {
    scratch.fill(0);
    addInto(scratch, source.title, weights.title);
    addInto(scratch, source.narrative, weights.narrative);
    if (source.notes.length > 0) {
      notesSum.fill(0);
      for (const note of source.notes) addInto(notesSum, note, 1);
      const length = sumLength(notesSum, source.notes);
      if (length > 0) for (const note of source.notes) addInto(scratch, note, weights.notes / length);
    }
    let total = 0;
    for (let f = 0; f < featureCount; f++) total += scratch[f]! * scratch[f]!;
    const norm = Math.sqrt(total);
    if (norm === 0) return;
    for (let f = 0; f < featureCount; f++) if (scratch[f] !== 0) matrix[f * k + factor] = scratch[f]! / norm;
  });
  return matrix;
}

/** The length of `dense`, which is zero outside the features the notes use. */
function sumLength(dense: Float64Array, notes: readonly SparseVector[]): number {
  const seen = new Set<number>();
  let total = 0;
  for (const note of notes) {
    for (const id of note.ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      total += dense[id]! * dense[id]!;
    }
  }
  return Math.sqrt(total);
}

/** Every factor's score for one note: `note · profile`, for all factors at once. */
export function scoreAll(
  note: SparseVector,
  matrix: Float32Array,
  k: number,
  out: Float64Array,
): Float64Array {
  out.fill(0);
  for (let i = 0; i < note.ids.length; i++) {
    const w = note.weights[i]!;
    const row = note.ids[i]! * k;
    for (let factor = 0; factor < k; factor++) out[factor]! += w * matrix[row + factor]!;
  }
  return out;
}

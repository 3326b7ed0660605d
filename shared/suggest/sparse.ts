/** Sparse vectors over a board's features: ids ascending, weights alongside. */

export interface SparseVector {
  ids: Uint32Array;
  weights: Float32Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Uint32Array(0), weights: new Float32Array(0) };

export function fromMap(map: ReadonlyMap<number, number>): SparseVector {
  const ids = Uint32Array.from(map.keys()).sort();
  const weights = new Float32Array(ids.length);
  ids.forEach((id, i) => (weights[i] = map.get(id)!));
  return { ids, weights };
}

export function norm(v: SparseVector): number {
  let sum = 0;
  for (const w of v.weights) sum += w * w;
  return Math.sqrt(sum);
}

/** `v` scaled in place to length `length` (a zero vector stays zero). */
export function scaleTo(v: SparseVector, length: number): SparseVector {
  const n = norm(v);
  if (n > 0) for (let i = 0; i < v.weights.length; i++) v.weights[i] = (v.weights[i]! * length) / n;
  return v;
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Adds `scale · v` into a dense accumulator indexed by feature id. */
export function addInto(dense: Float32Array | Float64Array, v: SparseVector, scale: number): void {
  for (let i = 0; i < v.ids.length; i++) dense[v.ids[i]!]! += scale * v.weights[i]!;
}

/** `v · dense`, the dense side indexed by feature id. */
export function dotDense(v: SparseVector, dense: Float32Array | Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.ids.length; i++) sum += v.weights[i]! * dense[v.ids[i]!]!;
  return sum;
}

/** The weight of feature `id` in `v` (0 when absent), by binary search. */
export function weightOf(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = v.ids[mid]!;
    if (x === id) return v.weights[mid]!;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

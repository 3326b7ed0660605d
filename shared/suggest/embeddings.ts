/**
 * Optional sentence embeddings (from an {@link Embedder} on the server), looked up by exact text.
 * Only vectors of the board's most common dimension are used, so a stray vector from another model
 * cannot be compared with the rest.
 */

export type Dense = Float32Array;

export function embeddingLookup(
  vectors: ReadonlyMap<string, Float32Array> | undefined,
): (text: string) => Dense | undefined {
  if (!vectors || vectors.size === 0) return () => undefined;
  const dimensionCounts = new Map<number, number>();
  for (const v of vectors.values()) dimensionCounts.set(v.length, (dimensionCounts.get(v.length) ?? 0) + 1);
  const [dimension] = [...dimensionCounts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]!;
  const unit = new Map<string, Dense>();
  return (text) => {
    const v = vectors.get(text);
    if (!v || v.length !== dimension || dimension === 0) return undefined;
    let cached = unit.get(text);
    if (!cached) {
      cached = normalised([v]);
      unit.set(text, cached);
    }
    return cached.length > 0 ? cached : undefined;
  };
}

/** The unit-length mean direction of `vectors`, or an empty array if they cancel out or there are none. */
export function normalised(vectors: readonly Dense[]): Dense {
  if (vectors.length === 0) return new Float32Array(0);
  const sum = new Float32Array(vectors[0]!.length);
  for (const v of vectors) for (let i = 0; i < sum.length; i++) sum[i]! += v[i]!;
  let length = 0;
  for (const x of sum) length += x * x;
  length = Math.sqrt(length);
  if (!(length > 0)) return new Float32Array(0);
  for (let i = 0; i < sum.length; i++) sum[i]! /= length;
  return sum;
}

/** Cosine of two unit vectors, clamped to [0, 1] like the word similarity it is blended with. */
export function cosine(a: Dense, b: Dense): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return Math.max(0, Math.min(1, s));
}

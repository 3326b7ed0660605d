/**
 * The plain word-overlap TF-IDF the issue quotes as a baseline: lower-cased letter runs, no
 * stopwords, no stemming, no n-grams; a factor is the sum of its title and notes; groups come from the
 * engine's average-linkage clustering, stopped at a similarity threshold (the engine's first design; the
 * evaluation keeps the best of several thresholds, which flatters it).
 */
import { averageLinkage } from '../shared/suggest/cluster.js';
import type { SuggestInput } from '../shared/suggest/types.js';

type Vector = Map<string, number>;

export interface Baseline {
  suggestFactors(ref: string, limit: number): string[];
  groups(threshold: number): { refs: string[] }[];
}

export function buildBaseline(input: SuggestInput): Baseline {
  const tokens = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const docs = [...input.notes.map((n) => n.text), ...input.factors.map((f) => f.title)].map(tokens);
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectorOf = (doc: readonly string[]): Vector => {
    const v: Vector = new Map();
    for (const t of doc) v.set(t, (v.get(t) ?? 0) + Math.log(docs.length / df.get(t)!));
    return unit(v);
  };
  const notes = input.notes.map((n, i) => ({ ...n, vector: vectorOf(docs[i]!) }));
  const factors = input.factors.map((f, i) => {
    const sum: Vector = new Map(vectorOf(docs[input.notes.length + i]!));
    for (const n of notes)
      if (n.factorId === f.id) for (const [t, w] of n.vector) sum.set(t, (sum.get(t) ?? 0) + w);
    return { id: f.id, vector: unit(sum) };
  });
  return {
    suggestFactors(ref, limit) {
      const note = notes.find((n) => n.ref === ref)!;
      return factors
        .filter((f) => f.id !== note.factorId)
        .map((f) => ({ id: f.id, score: cos(note.vector, f.vector) }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
        .map((s) => s.id);
    },
    groups(threshold) {
      const pool = notes.filter((n) => n.factorId === null);
      const n = pool.length;
      const matrix = new Float32Array(n * n);
      for (let a = 0; a < n; a++)
        for (let b = 0; b < n; b++) if (a !== b) matrix[a * n + b] = cos(pool[a]!.vector, pool[b]!.vector);
      return averageLinkage(n, matrix, { threshold })
        .filter((g) => g.length >= 2)
        .map((g) => ({ refs: g.map((i) => pool[i]!.ref) }));
    },
  };
}

function unit(v: Vector): Vector {
  const length = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  if (length > 0) for (const [t, w] of v) v.set(t, w / length);
  return v;
}

function cos(a: Vector, b: Vector): number {
  let s = 0;
  for (const [t, w] of a) s += w * (b.get(t) ?? 0);
  return s;
}

/**
 * The grouping-suggestion engine: where each note probably belongs, which notes say the same thing,
 * and first groups for the pool. Pure and synchronous, no network, browser- and Node-safe; the same
 * board in any input order gives the same answers, because every input is sorted by reference first
 * and every tie is broken by id. See shared/suggest/README.md for how it works and how it measures.
 */
import { averageLinkage } from './cluster.js';
import { cosine, embeddingLookup, normalised, type Dense } from './embeddings.js';
import { groupWords } from './group-title.js';
import { DEFAULT_PROFILE_WEIGHTS, profileMatrix, scoreAll, type ProfileWeights } from './profiles.js';
import { sharedWordsOf } from './shared-words.js';
import { addInto, dotDense, EMPTY_VECTOR, weightOf, type SparseVector } from './sparse.js';
import { stableId } from './stable-id.js';
import type {
  FactorSuggestion,
  SimilarNote,
  SuggestedGroup,
  SuggestFactor,
  SuggestGroupsOptions,
  SuggestInput,
  SuggestionIndex,
  SuggestNote,
} from './types.js';
import { DEFAULT_TUNING, vectorise, type Tuning } from './vectorise.js';

export type * from './types.js';

export interface EngineTuning extends Tuning {
  profile: ProfileWeights;
  /** Share of the embedding cosine when both sides have a vector; the rest is the word similarity. */
  embeddingShare: number;
  /** How many groups to cut the pool into, from the number of notes that share a word with another. */
  groupCount: (notes: number) => number;
}

/**
 * The rule of thumb k ≈ √(n/2) (Mardia et al., Multivariate Analysis, 1979): it asks nothing of the
 * notes' wording and gives 7 groups for 100 notes, 22 for 1,000 (capped by `maxGroups`). Cutting to a
 * number of groups, rather than at a similarity threshold, places most notes in a group: a threshold
 * high enough to keep groups on one subject left 41–66 % of the notes out (see BENCHMARKS.md).
 */
export const squareRootRule = (notes: number): number => Math.max(2, Math.round(Math.sqrt(notes / 2)));

export const DEFAULT_ENGINE_TUNING: EngineTuning = {
  ...DEFAULT_TUNING,
  profile: DEFAULT_PROFILE_WEIGHTS,
  embeddingShare: 0.5,
  groupCount: squareRootRule,
};

/**
 * Groups whose notes are on average this little alike are never merged, whatever the target number
 * of groups. Without a floor, a small pool was forced into too few groups: with seven unplaced notes
 * (three on work placements, three on children, one on interpreters) √(n/2) asked for two, and got
 * "Barnen, arbetsgivare och förskolan" joined by a few shared letter n-grams. 0.03 keeps those apart
 * and costs the seed set nothing (ARI 0.14 either way; the second set 0.08 → 0.06).
 */
const MERGE_FLOOR = 0.03;

const DEFAULT_FACTOR_LIMIT = 3;
const DEFAULT_SIMILAR_LIMIT = 5;
const DEFAULT_MAX_GROUPS = 12;
const DEFAULT_MIN_GROUP_SIZE = 2;

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Indexes a board for suggestions. Notes placed on a factor that is not in `input.factors` count as
 * unplaced, as the board reads them. `tuning` is for the evaluation; the app uses the defaults.
 */
export function buildSuggestionIndex(
  input: SuggestInput,
  tuning: EngineTuning = DEFAULT_ENGINE_TUNING,
): SuggestionIndex {
  const factors = uniqueBy(
    [...input.factors].sort((a, b) => byKey(a.id, b.id)),
    (f) => f.id,
  );
  const factorIndex = new Map(factors.map((f, i) => [f.id, i]));
  const notes = uniqueBy(
    [...input.notes].sort((a, b) => byKey(a.ref, b.ref) || byKey(a.text, b.text)),
    (n) => n.ref,
  ).map((n) => (n.factorId !== null && factorIndex.has(n.factorId) ? n : { ...n, factorId: null }));
  const noteIndex = new Map(notes.map((n, i) => [n.ref, i]));
  const k = factors.length;

  const texts = [
    ...notes.map((n) => n.text),
    ...factors.map((f) => f.title),
    ...factors.map((f) => f.narrative),
  ];
  const lexical = vectorise(texts, input.language, tuning);
  const noteVector = (i: number) => lexical.vectors[i] ?? EMPTY_VECTOR;
  const placed: SparseVector[][] = factors.map(() => []);
  notes.forEach((n, i) => n.factorId !== null && placed[factorIndex.get(n.factorId)!]!.push(noteVector(i)));
  const profiles = profileMatrix(
    factors.map((_, f) => ({
      title: lexical.vectors[notes.length + f]!,
      narrative: lexical.vectors[notes.length + k + f]!,
      notes: placed[f]!,
    })),
    lexical.featureCount,
    tuning.profile,
  );

  const embedding = embeddingLookup(input.vectors);
  const noteEmbeddings = notes.map((n) => embedding(n.text));
  const factorEmbeddings = factors.map((f) => factorEmbedding(f, notes, noteEmbeddings, embedding));
  const blend = (words: number, a: Dense | undefined, b: Dense | undefined) =>
    a && b && b.length > 0
      ? (1 - tuning.embeddingShare) * words + tuning.embeddingShare * cosine(a, b)
      : words;

  const scores = new Float64Array(k);
  const profileColumn = (f: number) => (id: number) => profiles[id * k + f]!;

  return {
    suggestFactors(ref, limit = DEFAULT_FACTOR_LIMIT) {
      const i = noteIndex.get(ref);
      if (i === undefined || limit <= 0) return [];
      const vector = noteVector(i);
      scoreAll(vector, profiles, k, scores);
      const current = notes[i]!.factorId;
      const ranked: FactorSuggestion[] = [];
      factors.forEach((factor, f) => {
        if (factor.id === current) return;
        const score = blend(scores[f]!, noteEmbeddings[i], factorEmbeddings[f]);
        if (score > 0) ranked.push({ factorId: factor.id, score, sharedWords: [] });
      });
      ranked.sort((a, b) => b.score - a.score || byKey(a.factorId, b.factorId));
      return ranked.slice(0, limit).map((s) => ({
        ...s,
        sharedWords: sharedWordsOf(vector, lexical.surfaces[i]!, profileColumn(factorIndex.get(s.factorId)!)),
      }));
    },

    similarNotes(ref, limit = DEFAULT_SIMILAR_LIMIT) {
      const i = noteIndex.get(ref);
      if (i === undefined || limit <= 0) return [];
      const query = new Float64Array(lexical.featureCount);
      addInto(query, noteVector(i), 1);
      const ranked: SimilarNote[] = [];
      notes.forEach((other, j) => {
        if (j === i) return;
        const score = blend(dotDense(noteVector(j), query), noteEmbeddings[i], noteEmbeddings[j]);
        if (score > 0) ranked.push({ ref: other.ref, score, sharedWords: [] });
      });
      ranked.sort((a, b) => b.score - a.score || byKey(a.ref, b.ref));
      return ranked.slice(0, limit).map((s) => {
        const other = noteVector(noteIndex.get(s.ref)!);
        return {
          ...s,
          sharedWords: sharedWordsOf(noteVector(i), lexical.surfaces[i]!, (id) => weightOf(other, id)),
        };
      });
    },

    suggestGroups(options: SuggestGroupsOptions = {}) {
      const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
      const minSize = Math.max(1, options.minSize ?? DEFAULT_MIN_GROUP_SIZE);
      if (maxGroups <= 0) return [];
      const pool = notes.flatMap((n, i) =>
        n.factorId === null && (noteVector(i).ids.length > 0 || noteEmbeddings[i]) ? [i] : [],
      );
      const similarity = poolSimilarity(pool, noteVector, lexical.featureCount, (a, b, words) =>
        blend(words, noteEmbeddings[a], noteEmbeddings[b]),
      );
      const stop = {
        groups: (linked: number) => Math.min(maxGroups, tuning.groupCount(linked)),
        threshold: MERGE_FLOOR,
      };
      const groups: SuggestedGroup[] = averageLinkage(pool.length, similarity, stop)
        .filter((members) => members.length >= minSize)
        .map((members) => {
          const indices = members.map((m) => pool[m]!);
          const refs = indices.map((n) => notes[n]!.ref);
          const words = groupWords(
            indices.map((n) => ({ vector: noteVector(n), surfaces: lexical.surfaces[n]! })),
            lexical.isStem,
            input.language,
          );
          return { id: stableId('g', refs), refs, ...words };
        });
      groups.sort((a, b) => b.refs.length - a.refs.length || byKey(a.id, b.id));
      return groups.slice(0, Math.max(0, maxGroups));
    },
  };
}

/** The pool's pairwise similarities, n×n row-major. */
function poolSimilarity(
  pool: readonly number[],
  vectorOf: (i: number) => SparseVector,
  featureCount: number,
  blend: (a: number, b: number, words: number) => number,
): Float32Array {
  const n = pool.length;
  const matrix = new Float32Array(n * n);
  const query = new Float64Array(featureCount);
  for (let a = 0; a < n; a++) {
    const va = vectorOf(pool[a]!);
    addInto(query, va, 1);
    for (let b = a + 1; b < n; b++) {
      const s = blend(pool[a]!, pool[b]!, dotDense(vectorOf(pool[b]!), query));
      matrix[a * n + b] = s;
      matrix[b * n + a] = s;
    }
    addInto(query, va, -1);
  }
  return matrix;
}

/** A factor's embedding: the mean direction of its title's, narrative's and placed notes' vectors. */
function factorEmbedding(
  factor: SuggestFactor,
  notes: readonly SuggestNote[],
  noteEmbeddings: readonly (Dense | undefined)[],
  embedding: (text: string) => Dense | undefined,
): Dense | undefined {
  const parts = [embedding(factor.title), factor.narrative ? embedding(factor.narrative) : undefined];
  notes.forEach((n, i) => n.factorId === factor.id && parts.push(noteEmbeddings[i]));
  const present = parts.filter((p): p is Dense => p !== undefined);
  return present.length > 0 ? normalised(present) : undefined;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}

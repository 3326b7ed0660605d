/**
 * Turns a board's texts into TF-IDF vectors in two blocks, each scaled to unit length and then
 * weighted so that a dot product is a blend of two cosines: stems (with compound parts), which say
 * what a note is about, and character n-grams, which catch inflections and compounds the stemmer and
 * the splitter miss ("samverkansmöten" and "samverkan" share "samv", "amve", …).
 */
import { compoundParts, type CompoundVocabulary } from './compounds.js';
import type { SparseVector } from './sparse.js';
import { createStemmer, textWords, type Word } from './text.js';
import type { SuggestLanguage } from './types.js';

export interface Tuning {
  /** Share of the character n-gram cosine in the blend; the rest is the stem cosine. */
  gramShare: number;
  /** Length of the character n-grams, word boundaries included. */
  gramLength: number;
  /** Weight of a compound's known part next to a whole word's weight of 1; 0 turns splitting off. */
  compoundWeight: number;
  /**
   * Features found in fewer texts than this are dropped. A word or n-gram only one text uses cannot tie
   * it to anything else on the board; kept, it only lengthens that text's vector and so shrinks every
   * cosine it takes part in, more for wordy notes than for terse ones.
   */
  minDocumentFrequency: number;
}

export const DEFAULT_TUNING: Tuning = {
  gramShare: 0.5,
  gramLength: 4,
  compoundWeight: 0.5,
  minDocumentFrequency: 2,
};

export interface Vectorised {
  vectors: SparseVector[];
  /** Per text: stem feature id → the surface word that produced it first. */
  surfaces: Map<number, string>[];
  /** Whether a feature id is a stem (true) or an n-gram. */
  isStem: (id: number) => boolean;
  /** The inverse document frequency of a feature id. */
  idf: Float64Array;
  featureCount: number;
}

/** Vectors for `texts`, in order; every text is one document for the document frequencies. */
export function vectorise(texts: readonly string[], language: SuggestLanguage, tuning: Tuning): Vectorised {
  const stem = createStemmer(language);
  const words = texts.map((t) => textWords(t, language, stem));
  const partsOf = compoundSplitter(words, language, stem, tuning.compoundWeight > 0);

  const featureIds = new Map<string, number>();
  const stemIds: boolean[] = [];
  const idFor = (key: string, isStem: boolean) => {
    let id = featureIds.get(key);
    if (id === undefined) {
      id = featureIds.size;
      featureIds.set(key, id);
      stemIds.push(isStem);
    }
    return id;
  };

  // A day's notes repeat the same few thousand words: each word's features are worked out once.
  const wordFeatures = new Map<string, { stem: number; parts: number[]; grams: number[] }>();
  const featuresOf = (word: Word) => {
    let features = wordFeatures.get(word.lower);
    if (!features) {
      const stem = idFor(`w ${word.stem}`, true);
      const parts = partsOf(word.lower)
        .map((part) => idFor(`w ${part}`, true))
        .filter((id, i, all) => id !== stem && all.indexOf(id) === i);
      const grams = charGrams(word.lower, tuning.gramLength).map((gram) => idFor(`g ${gram}`, false));
      features = { stem, parts, grams };
      wordFeatures.set(word.lower, features);
    }
    return features;
  };

  const surfaces: Map<number, string>[] = [];
  const documentWords = words.map((textWordsList) => {
    const surface = new Map<number, string>();
    const features = textWordsList.map((word) => {
      const f = featuresOf(word);
      if (!surface.has(f.stem)) surface.set(f.stem, word.surface);
      for (const part of f.parts) if (!surface.has(part)) surface.set(part, word.surface);
      return f;
    });
    surfaces.push(surface);
    return features;
  });

  const featureCount = featureIds.size;
  const isStem = Uint8Array.from(stemIds, (b) => (b ? 1 : 0));
  // Term counts go into one dense scratch array per pass (with the list of touched ids), which is
  // several times faster than a Map per document.
  const counts = new Float64Array(featureCount);
  const touched: number[] = [];
  const add = (id: number, weight: number) => {
    if (counts[id] === 0) touched.push(id);
    counts[id]! += weight;
  };
  const count = (features: (typeof documentWords)[number]) => {
    touched.length = 0;
    for (let w = 0; w < features.length; w++) {
      const f = features[w]!;
      add(f.stem, 1);
      for (let p = 0; p < f.parts.length; p++) add(f.parts[p]!, tuning.compoundWeight);
      for (let g = 0; g < f.grams.length; g++) add(f.grams[g]!, 1);
    }
  };

  const documentFrequency = new Uint32Array(featureCount);
  for (const features of documentWords) {
    count(features);
    for (const id of touched) {
      documentFrequency[id]!++;
      counts[id] = 0;
    }
  }
  // A dropped feature has an IDF of 0, so it weighs nothing and is left out of the vectors below.
  const idf = new Float64Array(featureCount);
  for (let id = 0; id < featureCount; id++) {
    const df = documentFrequency[id]!;
    idf[id] = df < tuning.minDocumentFrequency ? 0 : Math.log((1 + texts.length) / (1 + df)) + 1;
  }

  const stemLength = Math.sqrt(1 - tuning.gramShare);
  const gramLength = Math.sqrt(tuning.gramShare);
  const vectors = documentWords.map((features) => {
    count(features);
    const kept = touched.filter((id) => {
      if (idf[id]! > 0) return true;
      counts[id] = 0;
      return false;
    });
    const ids = Uint32Array.from(kept).sort();
    const weights = new Float32Array(ids.length);
    let stemTotal = 0;
    let gramTotal = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      // Sublinear term frequency: a word said three times is more telling than once, not three times more.
      const tf = counts[id]!;
      const w = (tf <= 1 ? tf : 1 + Math.log(tf)) * idf[id]!;
      weights[i] = w;
      if (isStem[id]) stemTotal += w * w;
      else gramTotal += w * w;
      counts[id] = 0;
    }
    const stemScale = stemTotal > 0 ? stemLength / Math.sqrt(stemTotal) : 0;
    const gramScale = gramTotal > 0 ? gramLength / Math.sqrt(gramTotal) : 0;
    for (let i = 0; i < ids.length; i++) weights[i]! *= isStem[ids[i]!] ? stemScale : gramScale;
    return { ids, weights };
  });
  return { vectors, surfaces, isStem: (id) => isStem[id] === 1, idf, featureCount };
}

/** Character n-grams of a word with its boundaries marked, so "<sfi" differs from an inner "sfi". */
export function charGrams(lower: string, n: number): string[] {
  const padded = `<${lower}>`;
  if (padded.length <= n) return [padded];
  const grams: string[] = [];
  for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  return grams;
}

function compoundSplitter(
  words: readonly Word[][],
  language: SuggestLanguage,
  stem: (lower: string) => string,
  enabled: boolean,
): (lower: string) => string[] {
  // English writes its compounds apart ("working group"); splitting would only find accidents.
  if (!enabled || language !== 'sv') return () => [];
  const vocabulary: CompoundVocabulary = {
    words: new Set(words.flatMap((ws) => ws.map((w) => w.lower))),
    stems: new Set(words.flatMap((ws) => ws.map((w) => w.stem))),
  };
  const cache = new Map<string, string[]>();
  return (lower) => {
    let parts = cache.get(lower);
    if (!parts) {
      parts = compoundParts(lower, vocabulary, stem);
      cache.set(lower, parts);
    }
    return parts;
  };
}

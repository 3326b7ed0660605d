/**
 * Words as the engine compares them: Unicode letter runs, lower-cased, stopwords dropped, stemmed with
 * the language's Snowball stemmer. Each keeps its surface form so "why" can quote the note itself.
 */
import { stemEnglish } from './stem-en.js';
import { stemSwedish } from './stem-sv.js';
import { STOPWORDS_EN, STOPWORDS_SV } from './stopword-lists.js';
import type { SuggestLanguage } from './types.js';

export interface Word {
  /** As the note writes it. */
  surface: string;
  lower: string;
  stem: string;
}

// Letters and digits, with inner apostrophes ("council's") and inner hyphens kept apart: "DUA-samverkan"
// is two words, so each half can match on its own.
const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** One-letter words and bare numbers say nothing about a note's subject. */
const MIN_WORD_LENGTH = 2;

const stopwordSets = new Map<SuggestLanguage, ReadonlySet<string>>();
function stopwords(language: SuggestLanguage): ReadonlySet<string> {
  let set = stopwordSets.get(language);
  if (!set) {
    set = new Set((language === 'sv' ? STOPWORDS_SV : STOPWORDS_EN).split(' '));
    stopwordSets.set(language, set);
  }
  return set;
}

export function isStopword(lower: string, language: SuggestLanguage): boolean {
  return stopwords(language).has(lower);
}

/** A stemmer for one board: stems are cached, since a day's notes repeat the same few thousand words. */
export function createStemmer(language: SuggestLanguage): (lower: string) => string {
  const stem = language === 'sv' ? stemSwedish : stemEnglish;
  const cache = new Map<string, string>();
  return (lower) => {
    let s = cache.get(lower);
    if (s === undefined) {
      s = stem(lower);
      cache.set(lower, s);
    }
    return s;
  };
}

/** The telling words of a text, in order. */
export function textWords(text: string, language: SuggestLanguage, stem: (lower: string) => string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const surface = match[0].replace(/’/g, "'");
    const lower = surface.toLowerCase();
    if (lower.length < MIN_WORD_LENGTH || /^\p{N}+$/u.test(lower) || isStopword(lower, language)) continue;
    words.push({ surface, lower, stem: stem(lower) });
  }
  return words;
}

import fs from 'node:fs';
import snowball from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { compoundParts } from '../../shared/suggest/compounds.js';
import { stemEnglish } from '../../shared/suggest/stem-en.js';
import { stemSwedish } from '../../shared/suggest/stem-sv.js';
import { STOPWORDS_EN, STOPWORDS_SV } from '../../shared/suggest/stopword-lists.js';
import { createStemmer, textWords } from '../../shared/suggest/text.js';

const setWords = (file: string) => {
  const set = JSON.parse(fs.readFileSync(new URL(`../../eval/sets/${file}`, import.meta.url), 'utf8')) as {
    notes: { text: string }[];
    factors: { title: string }[];
  };
  const text = [...set.notes.map((n) => n.text), ...set.factors.map((f) => f.title)].join(' ').toLowerCase();
  return [...new Set(text.match(/\p{L}+/gu) ?? [])];
};

describe('Swedish and English words', () => {
  it('the Swedish stemmer agrees with the Snowball package on every word of the Swedish sets', () => {
    const reference = snowball.newStemmer('swedish');
    const words = [...setWords('seed-sv.json'), ...setWords('unga-fritid-sv.json')];
    expect(words.length).toBeGreaterThan(1000);
    const differing = words.filter((w) => stemSwedish(w) !== reference.stem(w));
    expect(differing).toEqual([]);
  });

  it('the English stemmer agrees with the Snowball package, special cases included', () => {
    const reference = snowball.newStemmer('english');
    const words = [
      ...(fs
        .readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
        .toLowerCase()
        .match(/[a-z']+/g) ?? []),
      ...'generously communication arsenal skies dying news cries ties gaps gas caresses agreed hopping hoping'.split(
        ' ',
      ),
      ...'controlling generalization conditional digitizer vietnamization hopefulness formaliti sensibiliti'.split(
        ' ',
      ),
      ...'electrical goodness allowance gyroscopic replacement adoption bowdlerize early only inning proceed'.split(
        ' ',
      ),
      ...'youth sayings crying happily constructor toString'.toLowerCase().split(' '),
    ];
    const differing = [...new Set(words)].filter((w) => stemEnglish(w) !== reference.stem(w));
    expect(differing).toEqual([]);
  });

  it('Swedish inflections of one word share a stem', () => {
    expect(stemSwedish('samverkan')).toBe(stemSwedish('samverkans'));
    expect(stemSwedish('kommunerna')).toBe('kommun');
    expect(stemSwedish('nyanlända')).toBe(stemSwedish('nyanländas'));
    expect(stemSwedish('ungdomarna')).toBe('ungdom');
  });

  it('words are letter runs with å, ä and ö, lower-cased and stemmed, stopwords and numbers dropped', () => {
    const words = textWords('Vi måste ha 3 mötesplatser för ungdomarna i Åmål!', 'sv', createStemmer('sv'));
    expect(words.map((w) => w.surface)).toEqual(['mötesplatser', 'ungdomarna', 'Åmål']);
    expect(words.map((w) => w.stem)).toEqual(['mötesplats', 'ungdom', 'åmål']);
  });

  it('an English note is read with English stopwords and stems', () => {
    const words = textWords("The council's meetings were running late", 'en', createStemmer('en'));
    expect(words.map((w) => w.stem)).toEqual(['council', 'meet', 'run', 'late']);
  });

  it('a Swedish compound splits into the parts the board uses on their own', () => {
    const stem = createStemmer('sv');
    const vocabulary = { words: new Set(['samverkan', 'grupp']), stems: new Set(['samverkan', 'grupp']) };
    expect(compoundParts('samverkansgrupp', vocabulary, stem)).toEqual(['samverkan', 'grupp']);
    expect(compoundParts('kommunövergripande', vocabulary, stem)).toEqual([]);
  });

  it('the copied stopword lists still match the stopwords-iso package', () => {
    expect(new Set(STOPWORDS_SV.split(' '))).toEqual(new Set(stopwordsIso.sv));
    expect(new Set(STOPWORDS_EN.split(' '))).toEqual(new Set(stopwordsIso.en));
  });
});

/**
 * The Snowball Swedish stemmer (https://snowballstem.org/algorithms/swedish/stemmer.html), written
 * out here because the `snowball-stemmers` package ships every language in one file (≈330 KB
 * minified) and the board needs two. Tested word for word against that package.
 */

const VOWELS = new Set('aeiouyäåö');
const S_ENDING = new Set('bcdfghjklmnoprtvy');

// Longest first, so the first suffix that fits is the one Snowball's `among` would pick.
const MAIN_SUFFIXES = [
  'heterna',
  'hetens',
  'arnas',
  'ernas',
  'ornas',
  'andes',
  'arens',
  'andet',
  'arna',
  'erna',
  'orna',
  'ande',
  'arne',
  'aste',
  'anden',
  'aren',
  'heten',
  'heter',
  'ades',
  'erns',
  'ade',
  'are',
  'ern',
  'ens',
  'het',
  'ast',
  'ad',
  'en',
  'ar',
  'er',
  'or',
  'as',
  'es',
  'at',
  'a',
  'e',
  's',
].sort((a, b) => b.length - a.length);
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

/** Where R1 starts: after the first non-vowel that follows a vowel, but never before the 4th letter. */
function regionOne(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return Math.max(i + 1, 3);
  }
  return word.length;
}

/** The stem of one lower-case Swedish word. */
export function stemSwedish(word: string): string {
  if (word.length < 3) return word;
  const r1 = regionOne(word);
  let w = word;

  const main = MAIN_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= r1);
  if (main === 's') {
    if (S_ENDING.has(w[w.length - 2] ?? '')) w = w.slice(0, -1);
  } else if (main) {
    w = w.slice(0, -main.length);
  }

  if (w.length - 2 >= r1 && CONSONANT_PAIRS.some((p) => w.endsWith(p))) w = w.slice(0, -1);

  for (const [suffix, replacement] of OTHER_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= r1) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  return w;
}

const OTHER_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['fullt', 'full'],
  ['löst', 'lös'],
  ['lig', ''],
  ['els', ''],
  ['ig', ''],
];

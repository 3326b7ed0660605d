/**
 * The Snowball English ("Porter2") stemmer (https://snowballstem.org/algorithms/english/stemmer.html),
 * written out here for the same reason as the Swedish one: the `snowball-stemmers` package is one
 * ≈330 KB file. Tested word for word against that package.
 */

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);
const DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];
const LI_ENDING = 'cdeghkmnrt';

const EXCEPTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    skis: 'ski',
    skies: 'sky',
    dying: 'die',
    lying: 'lie',
    tying: 'tie',
    idly: 'idl',
    gently: 'gentl',
    ugly: 'ugli',
    early: 'earli',
    only: 'onli',
    singly: 'singl',
    sky: 'sky',
    news: 'news',
    howe: 'howe',
    atlas: 'atlas',
    cosmos: 'cosmos',
    bias: 'bias',
    andes: 'andes',
  }),
);
const AFTER_STEP_1A = new Set([
  'inning',
  'outing',
  'canning',
  'herring',
  'earring',
  'proceed',
  'exceed',
  'succeed',
]);

const STEP_2: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['entli', 'ent'],
  ['ation', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['ousli', 'ous'],
  ['iviti', 'ive'],
  ['fulli', 'ful'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['izer', 'ize'],
  ['ator', 'ate'],
  ['alli', 'al'],
  ['bli', 'ble'],
  ['ogi', 'og'],
  ['li', ''],
];
const STEP_3: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ative', ''],
  ['ical', 'ic'],
  ['ness', ''],
  ['ful', ''],
];
const STEP_4 = [
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'ion',
  'al',
  'er',
  'ic',
];

/** Start of the region after the first non-vowel that follows a vowel, from `from` on. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

/** Whether `w` ends, at `end`, in a short syllable. */
function endsShort(w: string, end = w.length): boolean {
  const [a, b, c] = [w[end - 3], w[end - 2], w[end - 1]];
  if (end === 2) return isVowel(b) && !isVowel(c);
  return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxY'.includes(c ?? 'w');
}

const longestSuffix = <T extends string>(w: string, list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>(
    (best, s) => (w.endsWith(s) && s.length > (best?.length ?? 0) ? s : best),
    undefined,
  );

/** The stem of one lower-case English word. */
export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  const exception = EXCEPTIONS.get(word);
  if (exception) return exception;

  let w = word.startsWith("'") ? word.slice(1) : word;
  w = w.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  const r1 = /^(gener|commun|arsen)/.test(w)
    ? w.match(/^(gener|commun|arsen)/)![0].length
    : regionAfter(w, 0);
  const r2 = regionAfter(w, r1);

  // Step 0 and 1a: possessives and plurals.
  const s0 = longestSuffix(w, ["'s'", "'s", "'"]);
  if (s0) w = w.slice(0, -s0.length);
  const s1a = longestSuffix(w, ['sses', 'ied', 'ies', 's', 'us', 'ss']);
  if (s1a === 'sses') w = w.slice(0, -2);
  else if (s1a === 'ied' || s1a === 'ies') w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  else if (s1a === 's' && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (AFTER_STEP_1A.has(w)) return w;

  // Step 1b: -ed, -ing.
  const s1b = longestSuffix(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
  if (s1b === 'eed' || s1b === 'eedly') {
    if (w.length - s1b.length >= r1) w = w.slice(0, -s1b.length) + 'ee';
  } else if (s1b && /[aeiouy]/.test(w.slice(0, -s1b.length))) {
    w = w.slice(0, -s1b.length);
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (DOUBLES.some((d) => w.endsWith(d))) w = w.slice(0, -1);
    else if (r1 >= w.length && endsShort(w)) w += 'e';
  }

  // Step 1c: a final y after a consonant (not the first letter) becomes i.
  if (/[yY]$/.test(w) && w.length > 2 && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';

  w = replaceInRegion(w, STEP_2, r1, (stem, suffix) =>
    suffix === 'ogi' ? stem.endsWith('l') : suffix === 'li' ? LI_ENDING.includes(stem.at(-1) ?? '') : true,
  );
  w = replaceInRegion(w, STEP_3, r1, (stem, suffix) => suffix !== 'ative' || stem.length >= r2);

  const s4 = longestSuffix(w, STEP_4);
  if (s4 && w.length - s4.length >= r2) {
    const stem = w.slice(0, -s4.length);
    if (s4 !== 'ion' || /[st]$/.test(stem)) w = stem;
  }

  // Step 5: a final e or l.
  if (w.endsWith('e')) {
    const at = w.length - 1;
    if (at >= r2 || (at >= r1 && !endsShort(w, at))) w = w.slice(0, -1);
  } else if (w.endsWith('ll') && w.length - 1 >= r2) {
    w = w.slice(0, -1);
  }
  return w.replace(/Y/g, 'y');
}

/** Snowball's `[substring] R1 among(…)`: the longest suffix decides; if its conditions fail, nothing changes. */
function replaceInRegion(
  w: string,
  rules: ReadonlyArray<readonly [string, string]>,
  region: number,
  allowed: (stem: string, suffix: string) => boolean,
): string {
  const suffix = longestSuffix(
    w,
    rules.map(([s]) => s),
  );
  if (!suffix || w.length - suffix.length < region) return w;
  const stem = w.slice(0, -suffix.length);
  if (!allowed(stem, suffix)) return w;
  return stem + rules.find(([s]) => s === suffix)![1];
}

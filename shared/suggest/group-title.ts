/**
 * A readable title for a proposed group from its most telling shared words: "Busskort och kvällar",
 * "Samverkan, civilsamhället och föreningar". The facilitator renames it anyway; it only has to say
 * at a glance what the notes share.
 */
import type { SparseVector } from './sparse.js';
import type { SuggestLanguage } from './types.js';

/** Words in a title; more reads like a list rather than a heading. */
const TITLE_WORDS = 3;
const SHARED_WORDS = 5;
const AND: Record<SuggestLanguage, string> = { sv: 'och', en: 'and' };

export interface GroupWords {
  title: string;
  sharedWords: string[];
}

/**
 * `members` are the group's vectors with their stem-surface maps. A word counts when at least two
 * members use it (any word will do in a group of one); words rank by their summed TF-IDF weight.
 */
export function groupWords(
  members: readonly { vector: SparseVector; surfaces: ReadonlyMap<number, string> }[],
  isStem: (id: number) => boolean,
  language: SuggestLanguage,
): GroupWords {
  const weight = new Map<number, number>();
  const users = new Map<number, number>();
  const forms = new Map<number, Map<string, number>>();
  for (const { vector, surfaces } of members) {
    vector.ids.forEach((id, i) => {
      if (!isStem(id)) return;
      weight.set(id, (weight.get(id) ?? 0) + vector.weights[i]!);
      users.set(id, (users.get(id) ?? 0) + 1);
      const surface = displayForm(surfaces.get(id) ?? '');
      const counts = forms.get(id) ?? new Map<string, number>();
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
      forms.set(id, counts);
    });
  }
  const minUsers = Math.min(2, members.length);
  const ranked = [...weight.keys()]
    .filter((id) => users.get(id)! >= minUsers)
    .sort((x, y) => weight.get(y)! - weight.get(x)! || x - y);
  const words: string[] = [];
  for (const id of ranked) {
    const form = commonest(forms.get(id)!);
    if (form && !words.includes(form)) words.push(form);
    if (words.length === SHARED_WORDS) break;
  }
  return { title: titleFrom(words.slice(0, TITLE_WORDS), language), sharedWords: words };
}

/** Lower case, except abbreviations ("SFI", "SSPF") which stay as written. */
function displayForm(surface: string): string {
  return /^\p{Lu}{2,6}$/u.test(surface) ? surface : surface.toLowerCase();
}

function commonest(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0]?.[0];
}

export function titleFrom(words: readonly string[], language: SuggestLanguage): string {
  if (words.length === 0) return '';
  const list =
    words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} ${AND[language]} ${words.at(-1)!}`;
  return list.charAt(0).toUpperCase() + list.slice(1);
}

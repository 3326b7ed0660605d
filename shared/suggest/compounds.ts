/**
 * Swedish compounds: "samverkansgrupp" should meet "samverkan" and "grupp". A compound is split where
 * its head or its tail is a word seen on its own elsewhere on the board, so the split needs no
 * dictionary and follows the day's own vocabulary.
 */

/** Parts shorter than this match too much by accident ("ut", "in"). */
const MIN_PART_LENGTH = 4;
/** Swedish joins compound parts with a linking -s- ("samverkan-s-grupp") or -e-/-a- now and then. */
const LINKING_LETTERS = ['s', 'e', 'a'];

export interface CompoundVocabulary {
  /** Lower-case words seen standing alone. */
  words: ReadonlySet<string>;
  /** Stems seen standing alone. */
  stems: ReadonlySet<string>;
}

/**
 * The longest known head and the longest known tail of `lower`, as stems (either may be missing).
 * A part equal to the whole word is not a split.
 */
export function compoundParts(
  lower: string,
  vocabulary: CompoundVocabulary,
  stem: (lower: string) => string,
): string[] {
  if (lower.length < 2 * MIN_PART_LENGTH) return [];
  const parts: string[] = [];
  for (let end = lower.length - MIN_PART_LENGTH; end >= MIN_PART_LENGTH; end--) {
    const head = lower.slice(0, end);
    const known = isKnown(head, vocabulary, stem)
      ? head
      : LINKING_LETTERS.includes(head.at(-1)!) && isKnown(head.slice(0, -1), vocabulary, stem)
        ? head.slice(0, -1)
        : undefined;
    if (known && known.length >= MIN_PART_LENGTH) {
      parts.push(stem(known));
      break;
    }
  }
  for (let start = MIN_PART_LENGTH; start <= lower.length - MIN_PART_LENGTH; start++) {
    const tail = lower.slice(start);
    if (isKnown(tail, vocabulary, stem)) {
      parts.push(stem(tail));
      break;
    }
  }
  return parts;
}

function isKnown(part: string, vocabulary: CompoundVocabulary, stem: (lower: string) => string): boolean {
  return vocabulary.words.has(part) || vocabulary.stems.has(stem(part));
}

/**
 * Speed on a synthetic board: 2,000 notes (half placed) against 20 factors, words drawn by a seeded
 * PRNG from the labelled sets' own vocabulary so the stemmer and splitter see real Swedish words.
 */
import { buildSuggestionIndex } from '../shared/suggest/index.js';
import type { SuggestInput, SuggestNote } from '../shared/suggest/types.js';
import type { LabelledSet } from './labelled-set.js';
import { median } from './metrics.js';
import { mulberry32 } from '../scripts/lib/seeded.js';

export interface Timing {
  notes: number;
  factors: number;
  buildMs: number;
  top3AllMs: number;
  similarNotesMs: number;
  groupPoolMs: number;
  poolSize: number;
  runs: number;
}

export function syntheticBoard(
  sets: readonly LabelledSet[],
  noteCount = 2000,
  factorCount = 20,
): SuggestInput {
  const random = mulberry32(8);
  const vocabulary = [...new Set(sets.flatMap((s) => s.notes.flatMap((n) => n.text.split(/\s+/))))].sort();
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
  // Each factor has its own favourite words, as real factors do.
  const themes = Array.from({ length: factorCount }, () => Array.from({ length: 25 }, pick));
  const notes: SuggestNote[] = [];
  for (let i = 0; i < noteCount; i++) {
    const factor = i % factorCount;
    const length = 8 + Math.floor(random() * 16);
    const words = Array.from({ length }, () =>
      random() < 0.5 ? themes[factor]![Math.floor(random() * 25)]! : pick(),
    );
    notes.push({
      ref: `t${i % 12}:n${i}`,
      text: words.join(' '),
      tableId: `t${i % 12}`,
      phaseId: 'dream',
      questionId: null,
      factorId: i % 2 === 0 ? `f${factor}` : null,
    });
  }
  const factors = themes.map((theme, f) => ({
    id: `f${f}`,
    title: theme.slice(0, 3).join(' '),
    narrative: '',
  }));
  return { language: 'sv', notes, factors };
}

export function measureTiming(sets: readonly LabelledSet[], runs = 7): Timing {
  const board = syntheticBoard(sets);
  const build: number[] = [];
  const top3: number[] = [];
  const similar: number[] = [];
  const grouping: number[] = [];
  let poolSize = 0;
  for (let run = 0; run < runs; run++) {
    let t = performance.now();
    const index = buildSuggestionIndex(board);
    build.push(performance.now() - t);
    t = performance.now();
    for (const note of board.notes) index.suggestFactors(note.ref, 3);
    top3.push(performance.now() - t);
    t = performance.now();
    for (const note of board.notes.slice(0, 20)) index.similarNotes(note.ref, 5);
    similar.push((performance.now() - t) / 20);
    t = performance.now();
    index.suggestGroups();
    grouping.push(performance.now() - t);
    poolSize = board.notes.filter((n) => n.factorId === null).length;
  }
  return {
    notes: board.notes.length,
    factors: board.factors.length,
    buildMs: median(build),
    top3AllMs: median(top3),
    similarNotesMs: median(similar),
    groupPoolMs: median(grouping),
    poolSize,
    runs,
  };
}

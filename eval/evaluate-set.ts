/** The measures of one labelled set, for the engine and for the baseline. */
import { buildSuggestionIndex, DEFAULT_ENGINE_TUNING, type EngineTuning } from '../shared/suggest/index.js';
import type { SuggestInput, SuggestNote } from '../shared/suggest/types.js';
import { buildBaseline } from './baseline.js';
import type { LabelledSet } from './labelled-set.js';
import { adjustedRandIndex, labelsFromGroups } from './metrics.js';

export interface SetScores {
  notes: number;
  factors: number;
  top1: number;
  top3: number;
  ari: number;
  groups: number;
}

/** Thresholds tried for the baseline's grouping; it keeps its best, which flatters it. */
const BASELINE_THRESHOLDS = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3];

function notesOf(set: LabelledSet, placed: (ref: string) => boolean): SuggestNote[] {
  return set.notes.map((n) => ({
    ref: n.ref,
    text: n.text,
    tableId: n.tableId,
    phaseId: 'dream',
    questionId: null,
    factorId: placed(n.ref) ? n.factorId : null,
  }));
}

/**
 * Leave-one-out: each note in turn lies in the pool while every other note is placed on its factor
 * and the factors' titles are known (no narratives). Then: every note unplaced and no factors, and
 * the proposed groups compared with the labels.
 */
export function evaluateSet(
  set: LabelledSet,
  engine: 'engine' | 'baseline',
  tuning: EngineTuning = DEFAULT_ENGINE_TUNING,
): SetScores {
  const factors = set.factors.map((f) => ({ id: f.id, title: f.title, narrative: '' }));
  let top1 = 0;
  let top3 = 0;
  for (const note of set.notes) {
    const input: SuggestInput = {
      language: set.language,
      factors,
      notes: notesOf(set, (ref) => ref !== note.ref),
    };
    const ranked =
      engine === 'engine'
        ? buildSuggestionIndex(input, tuning)
            .suggestFactors(note.ref, 3)
            .map((s) => s.factorId)
        : buildBaseline(input).suggestFactors(note.ref, 3);
    if (ranked[0] === note.factorId) top1++;
    if (ranked.includes(note.factorId)) top3++;
  }

  const pool: SuggestInput = { language: set.language, factors: [], notes: notesOf(set, () => false) };
  const refs = set.notes.map((n) => n.ref);
  const truth = set.notes.map((n) => n.factorId);
  let ari: number;
  let groups: number;
  if (engine === 'engine') {
    const proposed = buildSuggestionIndex(pool, tuning).suggestGroups();
    ari = adjustedRandIndex(truth, labelsFromGroups(refs, proposed));
    groups = proposed.length;
  } else {
    const baseline = buildBaseline(pool);
    const tried = BASELINE_THRESHOLDS.map((t) => {
      const proposed = baseline.groups(t);
      return { ari: adjustedRandIndex(truth, labelsFromGroups(refs, proposed)), groups: proposed.length };
    }).sort((a, b) => b.ari - a.ari)[0]!;
    ({ ari, groups } = tried);
  }
  const n = set.notes.length;
  return { notes: n, factors: set.factors.length, top1: top1 / n, top3: top3 / n, ari, groups };
}

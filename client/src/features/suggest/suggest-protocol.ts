/**
 * The messages between the board page and the suggestion worker, defined once (DESIGN §3.1), and the
 * worker's side of them as a plain function, so tests drive it without a Worker.
 *
 * The page posts the board as a `SuggestInput` whenever it changed (debounced); the worker rebuilds
 * its index and answers at once with the top factors of every unplaced note. "Similar notes" and
 * "suggest groups" are asked for on demand, each with a request id the answer carries back. The
 * worker handles messages in order, so a request posted after an input is answered from that input.
 */
import type {
  Explained,
  FactorSuggestion,
  SimilarNote,
  SuggestedGroup,
  SuggestGroupsOptions,
  SuggestInput,
  SuggestionIndex,
} from '../../../../shared/suggest/types.js';

/** How many factors each unplaced note is offered. */
export const TOP_FACTORS = 3;

/** How many notes "similar notes" lists. */
export const SIMILAR_LIMIT = 8;

/** The page's messages. `version` counts the inputs the page has posted. */
export type ToWorker =
  | { type: 'input'; version: number; input: SuggestInput }
  | { type: 'similar'; id: number; ref: string; limit: number }
  | { type: 'groups'; id: number; options: SuggestGroupsOptions };

/** The worker's answers. `entries` is a `Map<ref, FactorSuggestion[]>` as structured-clone-friendly pairs. */
export type FromWorker =
  | { type: 'factors'; version: number; entries: [string, FactorSuggestion[]][] }
  | { type: 'similar'; id: number; notes: SimilarNote[] }
  | { type: 'groups'; id: number; groups: SuggestedGroup[] }
  /** `id` null: the input of `version` could not be indexed; else that request failed. */
  | { type: 'error'; id: number | null; version: number; message: string };

export type BuildIndex = (input: SuggestInput) => SuggestionIndex;

/**
 * Without a sentence model, a factor or note that shares no word with the note is no suggestion at
 * all, only the least unlikely of the rest ("liknande innehåll" with a score near 0 is noise on a
 * card). With the model's vectors a shared meaning counts too, when it is close enough.
 */
const MIN_SCORE_WITHOUT_SHARED_WORDS = 0.5;

function worthShowing(answer: Explained, hasVectors: boolean): boolean {
  return answer.sharedWords.length > 0 || (hasVectors && answer.score >= MIN_SCORE_WITHOUT_SHARED_WORDS);
}

/**
 * The worker's state machine: the latest index and the version it was built from. Returns the one
 * answer to a message. A failing build forgets the old index (it describes a board that is gone), so
 * requests after it answer empty rather than from stale data.
 */
export function createSuggestHandler(build: BuildIndex): (message: ToWorker) => FromWorker {
  let index: SuggestionIndex | null = null;
  let version = 0;
  let hasVectors = false;
  return (message) => {
    try {
      switch (message.type) {
        case 'input': {
          version = message.version;
          index = null;
          hasVectors = (message.input.vectors?.size ?? 0) > 0;
          index = build(message.input);
          return { type: 'factors', version, entries: topFactors(index, message.input, hasVectors) };
        }
        case 'similar':
          return {
            type: 'similar',
            id: message.id,
            notes: (index?.similarNotes(message.ref, message.limit) ?? []).filter((note) =>
              worthShowing(note, hasVectors),
            ),
          };
        case 'groups':
          return { type: 'groups', id: message.id, groups: index?.suggestGroups(message.options) ?? [] };
      }
    } catch (error) {
      const id = message.type === 'input' ? null : message.id;
      return { type: 'error', id, version, message: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** The top factors of every unplaced note that has any (none while the board has no factors). */
function topFactors(
  index: SuggestionIndex,
  input: SuggestInput,
  hasVectors: boolean,
): [string, FactorSuggestion[]][] {
  const entries: [string, FactorSuggestion[]][] = [];
  if (input.factors.length === 0) return entries;
  for (const note of input.notes) {
    if (note.factorId !== null) continue;
    const suggestions = index
      .suggestFactors(note.ref, TOP_FACTORS)
      .filter((suggestion) => worthShowing(suggestion, hasVectors));
    if (suggestions.length > 0) entries.push([note.ref, suggestions]);
  }
  return entries;
}

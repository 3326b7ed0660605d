/**
 * The contract of the grouping-suggestion engine: what it is given (the board's notes and factors,
 * as plain objects) and what it answers. The engine is pure and synchronous, needs no network, and
 * answers the same for the same board (inputs are ordered by reference internally).
 *
 * Sentence embeddings are optional: an operator may run a local model on the server (an
 * {@link Embedder}); its vectors come in here by note text, and notes without one are compared by
 * their words alone.
 */

export type SuggestLanguage = 'sv' | 'en';

/** A note as the engine sees it. */
export interface SuggestNote {
  /** The board's note reference (see shared/docs/board-schema.ts `noteRef`). */
  ref: string;
  /** What the facilitator reads on the card: the excerpt when the card was trimmed, else the note. */
  text: string;
  tableId: string;
  phaseId: string;
  questionId: string | null;
  /** The factor the note is placed on, or null while it lies in the pool. */
  factorId: string | null;
}

/** A success factor: its title and narrative are part of its profile, with its placed notes. */
export interface SuggestFactor {
  id: string;
  title: string;
  narrative: string;
}

export interface SuggestInput {
  language: SuggestLanguage;
  notes: readonly SuggestNote[];
  factors: readonly SuggestFactor[];
  /** Sentence embeddings keyed by the exact text embedded (a note's `text`, a factor's title…). */
  vectors?: ReadonlyMap<string, Float32Array>;
}

/** Why a note may belong somewhere: the words it shares, as the note writes them, most telling first. */
export interface Explained {
  /** Similarity in [0, 1]; comparable within one answer, not across boards. */
  score: number;
  sharedWords: string[];
}

export interface FactorSuggestion extends Explained {
  factorId: string;
}

export interface SimilarNote extends Explained {
  ref: string;
}

/** A first group proposed for unplaced notes: a preview until the facilitator accepts it. */
export interface SuggestedGroup {
  /** Stable for the same notes, so a preview can be accepted or discarded group by group. */
  id: string;
  refs: string[];
  /** A suggested factor title, built from the group's most telling words. */
  title: string;
  sharedWords: string[];
}

export interface SuggestGroupsOptions {
  /** At most this many groups (largest first). */
  maxGroups?: number;
  /** Groups smaller than this are not proposed. */
  minSize?: number;
}

export interface SuggestionIndex {
  /** The factors a note most likely belongs to, best first, never the one it is placed on. */
  suggestFactors(ref: string, limit?: number): FactorSuggestion[];
  /** The closest other notes, from every table, best first. */
  similarNotes(ref: string, limit?: number): SimilarNote[];
  /** First groups for the unplaced notes, largest first. */
  suggestGroups(options?: SuggestGroupsOptions): SuggestedGroup[];
}

/**
 * A sentence-embedding model kept on the operator's own server. Optional: without one, suggestions
 * come from words alone. Implementations must never fetch a model at run time.
 */
export interface Embedder {
  /** Names the model, e.g. its folder; vectors from different ids are never mixed. */
  readonly id: string;
  readonly dimensions: number;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/**
 * The board document's key names and record types (facilitators write, the projector reads, tables
 * have no access — participants never see how their notes were clustered until the plenary).
 *
 * Layout:
 * - root map `factors`: factorId → Y.Map { title: Y.Text, narrative: Y.Text, order }
 * - root map `placements`: noteRef → register { factorId: string | null, order }
 * - root map `excerpts`: noteRef → string (the quotable part of the note's text)
 * - root texts `reportIntro` and `reportReflections`
 *
 * A note's placement is ONE register — a plain JSON value replaced whole — so two facilitators moving
 * the same note at the same moment leave it in exactly one place (one write wins); membership in a
 * per-factor list would let both moves land and duplicate it.
 *
 * The excerpt lives in its own map rather than in the placement register so that trimming a quote
 * and moving the note at the same time keep both changes (in one register, one would be lost).
 * The report texts are root types rather than entries of a `report` map: a nested Y.Text would have
 * to be created by its first write, and two facilitators creating it concurrently would each make
 * their own — one text, and everything typed into it, would be discarded.
 */
import type * as Y from 'yjs';

/** Names of the board document's root types. */
export const BOARD_ROOTS = {
  factors: 'factors',
  placements: 'placements',
  excerpts: 'excerpts',
  reportIntro: 'reportIntro',
  reportReflections: 'reportReflections',
} as const;

/** Keys of one factor's Y.Map. */
export const FACTOR_FIELDS = { title: 'title', narrative: 'narrative', order: 'order' } as const;

/** Keys of the placement register's JSON value. */
export const PLACEMENT_FIELDS = { factorId: 'factorId', order: 'order' } as const;

/** A success factor: a cluster of notes with a title and a narrative written for the report. */
export interface Factor {
  id: string;
  title: string;
  narrative: string;
  order: string;
}

/** Where one note sits on the board. */
export interface Placement {
  /** `${tableId}:${noteId}` — see {@link noteRef}. */
  noteRef: string;
  /** The factor the note is in, or null for the pool of unclustered notes. */
  factorId: string | null;
  order: string;
  /** The quotable part of the note chosen by the facilitator, or null to quote the whole note. */
  excerpt: string | null;
}

/** A plain-object copy of the whole board document. */
export interface BoardSnapshot {
  /** Sorted by order. */
  factors: Factor[];
  /**
   * noteRef → placement, for every note that has been placed or moved. Notes lifted by a table but
   * never touched on the board have no entry: they are in the pool.
   */
  placements: Record<string, Placement>;
  /** noteRef → excerpt, for every note with an excerpt — placed or not. */
  excerpts: Record<string, string>;
  intro: string;
  reflections: string;
}

/** The register value stored in `placements`. */
export interface PlacementRegister {
  factorId: string | null;
  order: string;
}

/** Builds the reference the board uses for a note of a table document. */
export function noteRef(tableId: string, noteId: string): string {
  return `${tableId}:${noteId}`;
}

/** Splits a note reference into its table and note ids, or returns null if it is malformed. */
export function parseNoteRef(ref: string): { tableId: string; noteId: string } | null {
  const colon = ref.indexOf(':');
  if (colon <= 0 || colon === ref.length - 1 || ref.indexOf(':', colon + 1) !== -1) return null;
  return { tableId: ref.slice(0, colon), noteId: ref.slice(colon + 1) };
}

/** Internal: the root types of a board document. `doc.get*` defines a root locally, writing nothing. */
export function boardRoots(doc: Y.Doc) {
  return {
    factors: doc.getMap<unknown>(BOARD_ROOTS.factors),
    placements: doc.getMap<unknown>(BOARD_ROOTS.placements),
    excerpts: doc.getMap<unknown>(BOARD_ROOTS.excerpts),
    reportIntro: doc.getText(BOARD_ROOTS.reportIntro),
    reportReflections: doc.getText(BOARD_ROOTS.reportReflections),
  };
}

/**
 * Typed reads of the board document. Reads return plain objects, tolerate missing or malformed
 * values, and never write.
 */
import * as Y from 'yjs';
import { compareOrder, sortByOrder } from '../order.js';
import {
  FACTOR_FIELDS,
  PLACEMENT_FIELDS,
  boardRoots,
  type BoardSnapshot,
  type Factor,
  type Placement,
} from './board-schema.js';
import { childMap, mapEntries, readRecord, readString, readStringOrNull, readText } from './values.js';

/** Reads the factors, sorted by order (ties by id). */
export function readFactors(doc: Y.Doc): Factor[] {
  const factors = mapEntries(boardRoots(doc).factors).map(([id, map]) => ({
    id,
    title: readText(map.get(FACTOR_FIELDS.title)),
    narrative: readText(map.get(FACTOR_FIELDS.narrative)),
    order: readString(map.get(FACTOR_FIELDS.order)),
  }));
  return sortByOrder(factors);
}

/**
 * Reads every placement. A placement pointing at a factor that no longer exists (one facilitator
 * dropped a note into a factor another was deleting or merging) reads as being in the pool, so no
 * note is ever hidden in a factor nobody can see.
 */
export function readPlacements(doc: Y.Doc, factorIds?: ReadonlySet<string>): Record<string, Placement> {
  const { factors, placements, excerpts } = boardRoots(doc);
  const existing = factorIds ?? new Set(factors.keys());
  const result: Record<string, Placement> = {};
  placements.forEach((value, ref) => {
    const register = readRecord(value);
    if (!register) return;
    const factorId = readStringOrNull(register[PLACEMENT_FIELDS.factorId]);
    result[ref] = {
      noteRef: ref,
      factorId: factorId !== null && existing.has(factorId) ? factorId : null,
      order: readString(register[PLACEMENT_FIELDS.order]),
      excerpt: readStringOrNull(excerpts.get(ref)),
    };
  });
  return result;
}

/** Reads the whole board document as one plain object. */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const roots = boardRoots(doc);
  const factors = readFactors(doc);
  const excerpts: Record<string, string> = {};
  roots.excerpts.forEach((value, ref) => {
    if (typeof value === 'string') excerpts[ref] = value;
  });
  return {
    factors,
    placements: readPlacements(doc, new Set(factors.map((factor) => factor.id))),
    excerpts,
    intro: roots.reportIntro.toString(),
    reflections: roots.reportReflections.toString(),
  };
}

/** The placements in one factor (or in the pool, for null), sorted by order, ties by note ref. */
export function notesInFactor(snapshot: BoardSnapshot, factorId: string | null): Placement[] {
  return Object.values(snapshot.placements)
    .filter((placement) => placement.factorId === factorId)
    .sort((a, b) => compareOrder(a.order, b.order) || compareOrder(a.noteRef, b.noteRef));
}

/**
 * A factor's title or narrative as a Y.Text, for a collaborative editor binding in client/src/sync —
 * like `noteText`, one of the few places a Yjs type leaves shared/. Null if the factor is gone.
 */
export function factorText(doc: Y.Doc, factorId: string, field: 'title' | 'narrative'): Y.Text | null {
  const text = childMap(boardRoots(doc).factors, factorId)?.get(FACTOR_FIELDS[field]);
  return text instanceof Y.Text ? text : null;
}

/** The report's introduction or reflections as a Y.Text, for a collaborative editor binding. */
export function reportText(doc: Y.Doc, field: 'intro' | 'reflections'): Y.Text {
  const roots = boardRoots(doc);
  return field === 'intro' ? roots.reportIntro : roots.reportReflections;
}

/**
 * Typed writes to the board document. Each op is one transaction with a named origin; a note move is
 * exactly one write of that note's placement register, computed from its new neighbours.
 */
import * as Y from 'yjs';
import { orderForInsertAfter, orderForMove, orderKeysAfter, sortByOrder, type Ordered } from '../order.js';
import { readPlacements } from './board-read.js';
import { FACTOR_FIELDS, boardRoots, type Placement, type PlacementRegister } from './board-schema.js';
import { newId } from './ids.js';
import { Origin } from './origins.js';
import { replaceText } from './ytext.js';
import { childMap, orderedChildren } from './values.js';

function writePlacement(doc: Y.Doc, ref: string, register: PlacementRegister): void {
  // A fresh object every time: the register is replaced whole, never patched field by field.
  boardRoots(doc).placements.set(ref, { factorId: register.factorId, order: register.order });
}

/** Placements in `factorId` (null = pool) as ordered items keyed by note ref. */
function placementsIn(placements: Record<string, Placement>, factorId: string | null): Ordered[] {
  return Object.values(placements)
    .filter((placement) => placement.factorId === factorId)
    .map((placement) => ({ id: placement.noteRef, order: placement.order }));
}

/** Gives `moving` (in its current relative order) new keys after the last placement of `factorId`. */
function appendPlacements(doc: Y.Doc, moving: Placement[], factorId: string | null): void {
  const movingRefs = new Set(moving.map((placement) => placement.noteRef));
  const target = sortByOrder(
    placementsIn(readPlacements(doc), factorId).filter((item) => !movingRefs.has(item.id)),
  );
  const ordered = sortByOrder(moving.map((placement) => ({ id: placement.noteRef, order: placement.order })));
  const keys = orderKeysAfter(target[target.length - 1]?.order ?? null, ordered.length);
  ordered.forEach((item, i) => writePlacement(doc, item.id, { factorId, order: keys[i]! }));
}

/** Creates a factor after `afterId` (at the end when omitted); returns its id. */
export function createFactor(
  doc: Y.Doc,
  title: string,
  afterId: string | null = null,
  origin: Origin = Origin.local,
): string {
  const factors = boardRoots(doc).factors;
  const id = newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(FACTOR_FIELDS.title, new Y.Text(title));
    map.set(FACTOR_FIELDS.narrative, new Y.Text());
    map.set(FACTOR_FIELDS.order, orderForInsertAfter(orderedChildren(factors, FACTOR_FIELDS.order), afterId));
    factors.set(id, map);
  }, origin);
  return id;
}

/**
 * Creates a factor holding `refs`, in that order — an accepted suggested group. One transaction, so
 * it is one undo step: undoing it removes the factor and returns its notes to where they were.
 */
export function createFactorWithNotes(
  doc: Y.Doc,
  title: string,
  refs: readonly string[],
  origin: Origin = Origin.local,
): string {
  let id = '';
  doc.transact(() => {
    id = createFactor(doc, title, null, origin);
    const keys = orderKeysAfter(null, refs.length);
    refs.forEach((ref, i) => writePlacement(doc, ref, { factorId: id, order: keys[i]! }));
  }, origin);
  return id;
}

function setFactorText(
  doc: Y.Doc,
  id: string,
  field: 'title' | 'narrative',
  text: string,
  origin: Origin,
): boolean {
  const ytext = childMap(boardRoots(doc).factors, id)?.get(FACTOR_FIELDS[field]);
  if (!(ytext instanceof Y.Text)) return false;
  doc.transact(() => replaceText(ytext, text), origin);
  return true;
}

/** Renames a factor (minimal diff, so a co-facilitator's concurrent edit survives). */
export function renameFactor(doc: Y.Doc, id: string, title: string, origin: Origin = Origin.local): boolean {
  return setFactorText(doc, id, 'title', title, origin);
}

/** Sets a factor's narrative (minimal diff). Returns false if the factor no longer exists. */
export function setNarrative(
  doc: Y.Doc,
  id: string,
  narrative: string,
  origin: Origin = Origin.local,
): boolean {
  return setFactorText(doc, id, 'narrative', narrative, origin);
}

/** Moves a factor directly before `beforeId` (to the end when null). Returns false if it is gone. */
export function moveFactor(
  doc: Y.Doc,
  id: string,
  beforeId: string | null,
  origin: Origin = Origin.local,
): boolean {
  const factors = boardRoots(doc).factors;
  const map = childMap(factors, id);
  if (!map || id === beforeId) return false;
  doc.transact(() => {
    map.set(FACTOR_FIELDS.order, orderForMove(orderedChildren(factors, FACTOR_FIELDS.order), id, beforeId));
  }, origin);
  return true;
}

/**
 * Deletes a factor. Its notes return to the end of the pool in their order, excerpts kept (excerpts
 * are stored apart from placements). Returns false if the factor was already gone.
 */
export function deleteFactor(doc: Y.Doc, id: string, origin: Origin = Origin.local): boolean {
  const factors = boardRoots(doc).factors;
  if (!factors.has(id)) return false;
  doc.transact(() => {
    const moving = Object.values(readPlacements(doc)).filter((placement) => placement.factorId === id);
    appendPlacements(doc, moving, null);
    factors.delete(id);
  }, origin);
  return true;
}

/**
 * Merges factor `fromId` into `intoId`: its notes are appended after `intoId`'s last note (in their
 * order), its narrative is appended to `intoId`'s narrative, and `fromId` is deleted. The narrative is
 * appended with an insert at the end, not a replace, so a concurrent edit of the target's narrative
 * survives. Returns false if either factor is missing or they are the same.
 */
export function mergeFactors(
  doc: Y.Doc,
  fromId: string,
  intoId: string,
  origin: Origin = Origin.local,
): boolean {
  const factors = boardRoots(doc).factors;
  const from = childMap(factors, fromId);
  const into = childMap(factors, intoId);
  if (!from || !into || fromId === intoId) return false;
  doc.transact(() => {
    const moving = Object.values(readPlacements(doc)).filter((placement) => placement.factorId === fromId);
    appendPlacements(doc, moving, intoId);
    const fromNarrative = from.get(FACTOR_FIELDS.narrative);
    const intoNarrative = into.get(FACTOR_FIELDS.narrative);
    const extra = fromNarrative instanceof Y.Text ? fromNarrative.toString() : '';
    if (extra.trim() && intoNarrative instanceof Y.Text) {
      const separator = intoNarrative.length > 0 ? '\n\n' : '';
      intoNarrative.insert(intoNarrative.length, separator + extra);
    }
    factors.delete(fromId);
  }, origin);
  return true;
}

/**
 * Places a note in `factorId` (null = pool), directly before `beforeRef` (at the end when null or not
 * in that factor). One write of the note's placement register. A factor deleted by someone else a
 * moment ago is not an error: the write lands and the note reads as being in the pool.
 */
export function moveNote(
  doc: Y.Doc,
  ref: string,
  factorId: string | null,
  beforeRef: string | null,
  origin: Origin = Origin.local,
): void {
  doc.transact(() => {
    const siblings = placementsIn(readPlacements(doc), factorId);
    writePlacement(doc, ref, { factorId, order: orderForMove(siblings, ref, beforeRef) });
  }, origin);
}

/** Sets the quotable excerpt of a note, or clears it (null or blank: quote the whole note). */
export function setExcerpt(
  doc: Y.Doc,
  ref: string,
  excerpt: string | null,
  origin: Origin = Origin.local,
): void {
  const excerpts = boardRoots(doc).excerpts;
  doc.transact(() => {
    if (excerpt === null || excerpt.trim() === '') excerpts.delete(ref);
    else excerpts.set(ref, excerpt);
  }, origin);
}

/** Sets the report's introduction (minimal diff). */
export function setReportIntro(doc: Y.Doc, text: string, origin: Origin = Origin.local): void {
  const ytext = boardRoots(doc).reportIntro;
  doc.transact(() => replaceText(ytext, text), origin);
}

/** Sets the organiser's reflections that close the report (minimal diff). */
export function setReflections(doc: Y.Doc, text: string, origin: Origin = Origin.local): void {
  const ytext = boardRoots(doc).reportReflections;
  doc.transact(() => replaceText(ytext, text), origin);
}

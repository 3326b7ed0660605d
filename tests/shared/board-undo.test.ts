/**
 * Undo and redo on the board (client/src/sync/undo.ts): a Y.UndoManager over the board document's
 * roots that tracks only `Origin.local`. With two replicas standing in for two facilitators, undo
 * must revert only this facilitator's own edits — moves, merges, deletions, excerpts, typing — and
 * never what a co-facilitator did.
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  createFactor,
  createFactorWithNotes,
  deleteFactor,
  factorText,
  mergeFactors,
  moveNote,
  notesInFactor,
  readBoard,
  renameFactor,
  setExcerpt,
  setNarrative,
} from '../../shared/docs/board-doc.js';
import { canonicalJson } from '../../shared/docs/canonical.js';
import { Origin } from '../../shared/docs/origins.js';
import { replaceText } from '../../shared/docs/ytext.js';
import { createBoardUndo } from '../../client/src/sync/undo.js';
import { REMOTE, cloneDoc, replica, syncAll } from './replicas.js';

// Long enough that grouping never depends on how fast the test runs: steps end only at boundaries.
const CAPTURE_MS = 60_000;

const refsIn = (doc: Y.Doc, factorId: string | null) =>
  notesInFactor(readBoard(doc), factorId).map((placement) => placement.noteRef);

/** Two facilitators' replicas kept in sync by forwarding every update (as the server would). */
function twoFacilitators() {
  const a = replica(1);
  const b = replica(2);
  const forward = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) Y.applyUpdate(to, update, REMOTE);
    });
  forward(a, b);
  forward(b, a);
  return { a, b };
}

describe('board undo: own edits', () => {
  it('undo reverts a move and redo re-applies it', () => {
    const doc = replica(1);
    const f = createFactor(doc, 'Struktur', null, Origin.import);
    const undo = createBoardUndo(doc, CAPTURE_MS);
    expect(undo.canUndo()).toBe(false);
    moveNote(doc, 't1:n1', f, null);
    undo.boundary();
    moveNote(doc, 't1:n2', f, 't1:n1');
    expect(refsIn(doc, f)).toEqual(['t1:n2', 't1:n1']);

    expect(undo.undo()).toBe(true);
    expect(refsIn(doc, f)).toEqual(['t1:n1']);
    expect(undo.undo()).toBe(true);
    expect(refsIn(doc, f)).toEqual([]);
    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBe(false);

    expect(undo.redo()).toBe(true);
    expect(undo.redo()).toBe(true);
    expect(refsIn(doc, f)).toEqual(['t1:n2', 't1:n1']);
    expect(undo.canRedo()).toBe(false);
  });

  it('an accepted suggested group is one step: undo removes the factor and puts its notes back', () => {
    const doc = replica(1);
    const f = createFactor(doc, 'Struktur', null, Origin.import);
    moveNote(doc, 't1:n1', f, null, Origin.import);
    const undo = createBoardUndo(doc, CAPTURE_MS);
    undo.boundary();
    const group = createFactorWithNotes(doc, 'Tolkar', ['t1:n1', 't2:n5']);
    undo.boundary();
    expect(refsIn(doc, group)).toEqual(['t1:n1', 't2:n5']);

    expect(undo.undo()).toBe(true);
    expect(readBoard(doc).factors.map((factor) => factor.id)).toEqual([f]);
    expect(refsIn(doc, f)).toEqual(['t1:n1']);
    expect(refsIn(doc, null)).not.toContain('t2:n5');
    expect(undo.canUndo()).toBe(false);
    expect(undo.redo()).toBe(true);
    expect(refsIn(doc, group)).toEqual(['t1:n1', 't2:n5']);
  });

  it('undo of a deletion brings the factor back with its notes, in their order', () => {
    const doc = replica(1);
    const f = createFactor(doc, 'En kunskapsbaserad bas', null, Origin.import);
    moveNote(doc, 't1:a', f, null, Origin.import);
    moveNote(doc, 't2:b', f, null, Origin.import);
    setNarrative(doc, f, 'Omvärldsbevakning och kompetens.', Origin.import);
    const before = canonicalJson(doc);
    const undo = createBoardUndo(doc, CAPTURE_MS);

    deleteFactor(doc, f);
    expect(readBoard(doc).factors).toEqual([]);
    expect(refsIn(doc, null)).toEqual(['t1:a', 't2:b']);

    undo.undo();
    const board = readBoard(doc);
    expect(board.factors).toMatchObject([
      { title: 'En kunskapsbaserad bas', narrative: 'Omvärldsbevakning och kompetens.' },
    ]);
    expect(refsIn(doc, board.factors[0]!.id)).toEqual(['t1:a', 't2:b']);
    expect(refsIn(doc, null)).toEqual([]);
    undo.redo();
    expect(readBoard(doc).factors).toEqual([]);
    undo.undo();
    expect(canonicalJson(doc)).toBe(before);
  });

  it('undo of a merge restores both factors, their narratives and where each note was', () => {
    const doc = replica(1);
    const from = createFactor(doc, 'Samverkan internt', null, Origin.import);
    const into = createFactor(doc, 'Fokus på samverkan', null, Origin.import);
    moveNote(doc, 't1:a', from, null, Origin.import);
    moveNote(doc, 't2:b', into, null, Origin.import);
    setNarrative(doc, from, 'Gemensamma mål.', Origin.import);
    setNarrative(doc, into, 'Brett med civilsamhället.', Origin.import);
    const before = canonicalJson(doc);
    const undo = createBoardUndo(doc, CAPTURE_MS);

    mergeFactors(doc, from, into);
    expect(readBoard(doc).factors.map((factor) => factor.title)).toEqual(['Fokus på samverkan']);
    expect(refsIn(doc, into)).toEqual(['t2:b', 't1:a']);

    undo.undo();
    expect(canonicalJson(doc)).toBe(before);
    expect(refsIn(doc, readBoard(doc).factors[0]!.id)).toEqual(['t1:a']);
  });

  it('undo of an excerpt restores the previous one, and of a cleared excerpt brings it back', () => {
    const doc = replica(1);
    const undo = createBoardUndo(doc, CAPTURE_MS);
    setExcerpt(doc, 't1:a', 'Rätt insats av rätt aktör');
    undo.boundary();
    setExcerpt(doc, 't1:a', 'Rätt insats av rätt aktör i rätt tid');
    undo.boundary();
    setExcerpt(doc, 't1:a', null);
    expect(readBoard(doc).excerpts).toEqual({});
    undo.undo();
    expect(readBoard(doc).excerpts['t1:a']).toBe('Rätt insats av rätt aktör i rätt tid');
    undo.undo();
    expect(readBoard(doc).excerpts['t1:a']).toBe('Rätt insats av rätt aktör');
  });

  it('typing is grouped into one step, and a move between two bursts of typing is a step of its own', () => {
    const doc = replica(1);
    const f = createFactor(doc, '', null, Origin.import);
    const title = factorText(doc, f, 'title')!;
    const undo = createBoardUndo(doc, CAPTURE_MS);
    const type = (text: string) => doc.transact(() => replaceText(title, text), Origin.local);

    type('E');
    type('En');
    type('En vilja');
    undo.boundary();
    moveNote(doc, 't1:a', f, null);
    undo.boundary();
    type('En politisk vilja');

    undo.undo();
    expect(readBoard(doc).factors[0]!.title).toBe('En vilja');
    expect(refsIn(doc, f)).toEqual(['t1:a']);
    undo.undo();
    expect(refsIn(doc, f)).toEqual([]);
    expect(readBoard(doc).factors[0]!.title).toBe('En vilja');
    undo.undo();
    expect(readBoard(doc).factors[0]!.title).toBe('');
  });

  it('edits written by the server or an import are never undone', () => {
    const doc = replica(1);
    const undo = createBoardUndo(doc, CAPTURE_MS);
    const f = createFactor(doc, 'Importerad', null, Origin.import);
    renameFactor(doc, f, 'Från servern', Origin.server);
    expect(undo.canUndo()).toBe(false);
    expect(undo.undo()).toBe(false);
    expect(readBoard(doc).factors[0]!.title).toBe('Från servern');
  });

  it('tells subscribers when there is something to undo or redo', () => {
    const doc = replica(1);
    const undo = createBoardUndo(doc, CAPTURE_MS);
    const listener = vi.fn();
    const unsubscribe = undo.subscribe(listener);
    createFactor(doc, 'Vilja');
    expect(listener).toHaveBeenCalled();
    listener.mockClear();
    undo.undo();
    expect(listener).toHaveBeenCalled();
    expect([undo.canUndo(), undo.canRedo()]).toEqual([false, true]);
    unsubscribe();
    listener.mockClear();
    undo.redo();
    expect(listener).not.toHaveBeenCalled();
    undo.destroy();
  });
});

describe('board undo: two facilitators', () => {
  it("undo reverts only this facilitator's edits, never a co-facilitator's", () => {
    const { a, b } = twoFacilitators();
    const f = createFactor(a, 'Ett inkluderande förhållningssätt', null, Origin.import);
    const g = createFactor(a, 'Ett långsiktigt arbetssätt', null, Origin.import);
    const undoA = createBoardUndo(a, CAPTURE_MS);
    const undoB = createBoardUndo(b, CAPTURE_MS);

    moveNote(a, 't1:a', f, null);
    undoA.boundary();
    moveNote(b, 't2:b', g, null);
    setExcerpt(b, 't2:b', 'Glöm inte barnen');
    renameFactor(b, f, 'Ett inkluderande förhållningssätt!');
    expect(refsIn(a, g)).toEqual(['t2:b']);

    // A's history holds only A's move: undo removes it, B's three edits stay on both replicas.
    expect(undoA.undo()).toBe(true);
    expect(undoA.undo()).toBe(false);
    for (const doc of [a, b]) {
      expect(refsIn(doc, f)).toEqual([]);
      expect(refsIn(doc, g)).toEqual(['t2:b']);
      expect(readBoard(doc).excerpts['t2:b']).toBe('Glöm inte barnen');
      expect(readBoard(doc).factors[0]!.title).toBe('Ett inkluderande förhållningssätt!');
    }
    // And B's history holds only B's edits.
    expect(undoB.undo()).toBe(true);
    expect(refsIn(b, g)).toEqual([]);
    expect(readBoard(a).excerpts['t2:b']).toBeUndefined();
    expect(readBoard(a).factors[0]!.title).toBe('Ett inkluderande förhållningssätt');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it("undoing a move a co-facilitator has since overridden leaves the co-facilitator's move standing", () => {
    const { a, b } = twoFacilitators();
    const f = createFactor(a, 'Struktur', null, Origin.import);
    const g = createFactor(a, 'Vilja', null, Origin.import);
    const undoA = createBoardUndo(a, CAPTURE_MS);
    moveNote(a, 't1:a', f, null);
    moveNote(b, 't1:a', g, null);
    undoA.undo();
    for (const doc of [a, b]) {
      expect(refsIn(doc, g)).toEqual(['t1:a']);
      expect(refsIn(doc, f)).toEqual([]);
    }
  });

  it('replicas that undo while disconnected converge once they exchange updates', () => {
    const a = replica(1);
    const f = createFactor(a, 'Samverkan', null, Origin.import);
    const b = cloneDoc(a, 2);
    const undoA = createBoardUndo(a, CAPTURE_MS);
    const undoB = createBoardUndo(b, CAPTURE_MS);
    moveNote(a, 't1:a', f, null);
    undoA.boundary();
    moveNote(a, 't1:b', f, null);
    moveNote(b, 't2:c', f, null);
    undoB.boundary();
    deleteFactor(b, f);
    undoA.undo();
    undoB.undo();
    syncAll(a, b);
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(Buffer.from(Y.encodeStateVector(a))).toEqual(Buffer.from(Y.encodeStateVector(b)));
    const board = readBoard(a);
    // B's delete and A's second move are undone; A's first move and B's move remain.
    expect(board.factors.map((factor) => factor.id)).toEqual([f]);
    expect(refsIn(a, f).sort()).toEqual(['t1:a', 't2:c']);
  });
});

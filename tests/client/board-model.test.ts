/**
 * The board's derived model, drop targets, keyboard cursor and pool filter: pure logic the board's
 * components render and its three ways of moving a note act on.
 */
import { describe, expect, it } from 'vitest';
import { deleteFactor, moveNote, readBoard } from '../../shared/docs/board-doc.js';
import { deriveBoardModel } from '../../client/src/features/board/board-model.js';
import {
  cursorDropId,
  cursorTarget,
  factorDropId,
  initialCursor,
  isSamePlace,
  keyboardColumns,
  POOL_DROP_ID,
  positionAt,
  stepCursor,
  targetForDrop,
} from '../../client/src/features/board/drop-targets.js';
import { filterPool } from '../../client/src/features/board/pool-filter.js';
import { NO_FILTERS } from '../../client/src/state/board-ui-store.js';
import { TABLES, boardFixture, note } from './board-fixture.js';

const refs = (items: readonly { ref: string }[]) => items.map((item) => item.ref);

describe('board model', () => {
  it('lists each factor’s notes in order, the pool newest first, and skips blank notes', () => {
    const { model, structure, vilja } = boardFixture();
    const m = model();
    expect(m.factors.map((view) => view.factor.id)).toEqual([structure, vilja]);
    expect(refs(m.factors[0]!.items)).toEqual(['t1:a', 't2:c', 't1:b']);
    expect(refs(m.factors[1]!.items)).toEqual([]);
    expect(refs(m.pool)).toEqual(['t2:e', 't2:d']);
    expect(m.items.get('t2:c')!.excerpt).toBe('Ett skelett som bygger organisationen');
    expect(m.items.get('t1:a')!.factorId).toBe(structure);
  });

  it('counts the evidence behind a factor: notes, distinct tables and distinct organisations', () => {
    const m = boardFixture().model();
    // Bord 1 (Borås, Alingsås) and Bord 2 (Alingsås, Lerum): three organisations, not four.
    expect(m.factors[0]!.evidence).toEqual({ notes: 3, tables: 2, organisations: 3 });
    expect(m.factors[1]!.evidence).toEqual({ notes: 0, tables: 0, organisations: 0 });
  });

  it('keeps the identity of everything a change did not touch, so memoised cards stay put', () => {
    const { doc, model, structure, vilja } = boardFixture();
    const before = model();
    moveNote(doc, 't2:d', vilja, null);
    const after = model();
    expect(after.factors[0]).toBe(before.factors[0]);
    expect(after.items.get('t1:a')).toBe(before.items.get('t1:a'));
    expect(after.items.get('t2:e')).toBe(before.items.get('t2:e'));
    expect(after.items.get('t2:d')).not.toBe(before.items.get('t2:d'));
    expect(after.items.get('t2:d')!.note).toBe(before.items.get('t2:d')!.note);
    expect(refs(after.factors[1]!.items)).toEqual(['t2:d']);
    expect(after.factors[0]!.factor.id).toBe(structure);
  });

  it('shows a note edited at its table with the new text, and notes of a deleted factor in the pool', () => {
    const { doc, notes, model, structure } = boardFixture();
    const before = model();
    notes[0] = {
      ...notes[0]!,
      notes: [note('a', 'En tydlig struktur och en ryggrad.', 1), ...notes[0]!.notes.slice(1)],
    };
    const edited = model();
    expect(edited.items.get('t1:a')!.note.text).toBe('En tydlig struktur och en ryggrad.');
    expect(edited.items.get('t1:b')).toBe(before.items.get('t1:b'));
    deleteFactor(doc, structure);
    expect(refs(model().pool)).toEqual(['t2:e', 't2:d', 't2:c', 't1:b', 't1:a']);
  });

  it('ignores placements of notes no table document holds (deleted at the table)', () => {
    const { doc, notes, vilja } = boardFixture();
    moveNote(doc, 't9:gone', vilja, null);
    const m = deriveBoardModel(null, { board: readBoard(doc), notes, tables: TABLES });
    expect(refs(m.factors[1]!.items)).toEqual([]);
    expect(m.items.has('t9:gone')).toBe(false);
  });
});

describe('drop targets', () => {
  it('a drop over a factor lands before the note below the pointer, or at the end; the pool has no order', () => {
    const { model, structure } = boardFixture();
    const m = model();
    const factor = { type: 'factor', factorId: structure } as const;
    expect(targetForDrop(m, 't2:e', factor, 't2:c')).toEqual({ factorId: structure, beforeRef: 't2:c' });
    expect(targetForDrop(m, 't2:e', factor, null)).toEqual({ factorId: structure, beforeRef: null });
    // Before the moving note itself: it stays where it is, before its successor.
    expect(targetForDrop(m, 't2:c', factor, 't2:c')).toEqual({ factorId: structure, beforeRef: 't1:b' });
    expect(targetForDrop(m, 't1:b', factor, 't1:b')).toEqual({ factorId: structure, beforeRef: null });
    expect(targetForDrop(m, 't1:a', { type: 'pool' }, 't2:c')).toEqual({ factorId: null, beforeRef: null });
  });

  it('dropping a note on itself or just after itself is recognised as the same place', () => {
    const { model, structure } = boardFixture();
    const m = model();
    const self = targetForDrop(m, 't2:c', { type: 'factor', factorId: structure }, 't2:c');
    expect(isSamePlace(m, 't2:c', self)).toBe(true);
    expect(isSamePlace(m, 't2:c', { factorId: structure, beforeRef: 't1:b' })).toBe(true);
    expect(isSamePlace(m, 't2:c', { factorId: structure, beforeRef: 't1:a' })).toBe(false);
    expect(isSamePlace(m, 't2:e', { factorId: null, beforeRef: null })).toBe(true);
  });

  it('gives the position a note would have, counting it in its new list', () => {
    const { model, structure, vilja } = boardFixture();
    const m = model();
    expect(positionAt(m, 't2:e', { factorId: structure, beforeRef: 't2:c' })).toEqual({
      position: 2,
      count: 4,
    });
    expect(positionAt(m, 't1:a', { factorId: structure, beforeRef: null })).toEqual({
      position: 3,
      count: 3,
    });
    expect(positionAt(m, 't1:a', { factorId: vilja, beforeRef: null })).toEqual({ position: 1, count: 1 });
  });
});

describe('keyboard cursor', () => {
  it('starts where the note is, moves between factors with left/right and within one with up/down', () => {
    const { model, structure, vilja } = boardFixture();
    const m = model();
    const columns = keyboardColumns(m, 't2:c');
    let cursor = initialCursor(m, columns, 't2:c');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: structure, beforeRef: 't1:b' });
    expect(cursorDropId(columns, cursor)).toBe(factorDropId(structure));

    cursor = stepCursor(columns, cursor, 'up');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: structure, beforeRef: 't1:a' });
    cursor = stepCursor(columns, cursor, 'up');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: structure, beforeRef: 't1:a' });
    cursor = stepCursor(columns, cursor, 'down');
    cursor = stepCursor(columns, cursor, 'down');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: structure, beforeRef: null });
    expect(cursorDropId(columns, cursor)).toBe(factorDropId(structure));

    cursor = stepCursor(columns, cursor, 'right');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: vilja, beforeRef: null });
    expect(stepCursor(columns, cursor, 'right')).toBe(cursor);
    cursor = stepCursor(columns, cursor, 'left');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: structure, beforeRef: null });
    cursor = stepCursor(columns, cursor, 'left');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: null, beforeRef: null });
    expect(cursorDropId(columns, cursor)).toBe(POOL_DROP_ID);
  });

  it('a note picked up from the pool starts on the pool, and right arrow reaches the first factor', () => {
    const { model, structure } = boardFixture();
    const m = model();
    const columns = keyboardColumns(m, 't2:d');
    const cursor = initialCursor(m, columns, 't2:d');
    expect(cursorTarget(columns, cursor)).toEqual({ factorId: null, beforeRef: null });
    expect(cursorTarget(columns, stepCursor(columns, cursor, 'right'))).toEqual({
      factorId: structure,
      beforeRef: null,
    });
  });
});

describe('pool filter', () => {
  it('filters by phase, table, kind, lifted and every search word, in text, excerpt and provenance', () => {
    const m = boardFixture().model();
    expect(refs(filterPool(m.pool, NO_FILTERS, TABLES))).toEqual(['t2:e', 't2:d']);
    expect(filterPool(m.pool, NO_FILTERS, TABLES)).toBe(m.pool);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, liftedOnly: true }, TABLES))).toEqual(['t2:d']);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, kind: 'quote' }, TABLES))).toEqual(['t2:d']);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, phaseId: 'p1' }, TABLES))).toEqual(['t2:e']);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, tableId: 't1' }, TABLES))).toEqual([]);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, search: 'BARNEN glöm' }, TABLES))).toEqual(['t2:e']);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, search: 'lerum' }, TABLES))).toEqual(['t2:e', 't2:d']);
    expect(refs(filterPool(m.pool, { ...NO_FILTERS, search: 'lerum aktör' }, TABLES))).toEqual(['t2:d']);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  BOARD_ROOTS,
  createFactor,
  createFactorWithNotes,
  deleteFactor,
  factorText,
  mergeFactors,
  moveFactor,
  moveNote,
  noteRef,
  notesInFactor,
  parseNoteRef,
  readBoard,
  renameFactor,
  reportText,
  setExcerpt,
  setNarrative,
  setReflections,
  setReportIntro,
} from '../../shared/docs/board-doc.js';
import { cloneDoc, replica, syncAll, writesNothing } from './replicas.js';

const refsIn = (doc: Y.Doc, factorId: string | null) =>
  notesInFactor(readBoard(doc), factorId).map((placement) => placement.noteRef);

describe('board document: factors', () => {
  it('createFactorWithNotes makes a factor holding the notes in the given order, in one transaction', () => {
    const doc = replica(1);
    const old = createFactor(doc, 'Samverkan');
    moveNote(doc, 'b:1', old, null);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const id = createFactorWithNotes(doc, 'Tolkar och språk', ['c:3', 'b:1', 'a:2']);
    expect(transactions).toBe(1);
    expect(readBoard(doc).factors.map((factor) => factor.title)).toEqual(['Samverkan', 'Tolkar och språk']);
    expect(refsIn(doc, id)).toEqual(['c:3', 'b:1', 'a:2']);
    expect(refsIn(doc, old)).toEqual([]);
  });

  it('createFactor appends or inserts after a factor; moveFactor reorders', () => {
    const doc = replica(1);
    const a = createFactor(doc, 'En organisatorisk och politisk vilja');
    const c = createFactor(doc, 'Fokus på samverkan');
    const b = createFactor(doc, 'En kommunövergripande struktur', a);
    expect(readBoard(doc).factors.map((factor) => factor.id)).toEqual([a, b, c]);
    expect(moveFactor(doc, c, a)).toBe(true);
    expect(readBoard(doc).factors.map((factor) => factor.id)).toEqual([c, a, b]);
    expect(readBoard(doc).factors[1]).toEqual({
      id: a,
      title: 'En organisatorisk och politisk vilja',
      narrative: '',
      order: expect.any(String),
    });
  });

  it('renameFactor and setNarrative edit the factor texts in place', () => {
    const doc = replica(1);
    const id = createFactor(doc, 'Struktur');
    const title = factorText(doc, id, 'title')!;
    expect(renameFactor(doc, id, 'En tydlig struktur')).toBe(true);
    expect(setNarrative(doc, id, 'Ett skelett som bygger organisationen.')).toBe(true);
    expect(factorText(doc, id, 'title')).toBe(title);
    expect(readBoard(doc).factors[0]).toMatchObject({
      title: 'En tydlig struktur',
      narrative: 'Ett skelett som bygger organisationen.',
    });
    expect(renameFactor(doc, 'missing', 'x')).toBe(false);
  });

  it('deleteFactor returns its notes to the end of the pool in order, excerpts kept', () => {
    const doc = replica(1);
    const f = createFactor(doc, 'F');
    moveNote(doc, 't1:pool', null, null);
    moveNote(doc, 't1:a', f, null);
    moveNote(doc, 't1:b', f, null);
    setExcerpt(doc, 't1:b', 'rätt aktör i rätt tid');
    expect(deleteFactor(doc, f)).toBe(true);
    const board = readBoard(doc);
    expect(board.factors).toEqual([]);
    expect(notesInFactor(board, null).map((p) => p.noteRef)).toEqual(['t1:pool', 't1:a', 't1:b']);
    expect(board.placements['t1:b']!.excerpt).toBe('rätt aktör i rätt tid');
    expect(deleteFactor(doc, f)).toBe(false);
  });

  it('mergeFactors appends the notes and narrative of one factor to another and deletes it', () => {
    const doc = replica(1);
    const into = createFactor(doc, 'Samverkan');
    const from = createFactor(doc, 'Nätverk');
    moveNote(doc, 't1:a', into, null);
    moveNote(doc, 't2:b', from, null);
    moveNote(doc, 't2:c', from, null);
    setNarrative(doc, into, 'Samverkan internt.');
    setNarrative(doc, from, 'Formella och informella nätverk.');
    expect(mergeFactors(doc, from, into)).toBe(true);
    const board = readBoard(doc);
    expect(board.factors.map((factor) => factor.id)).toEqual([into]);
    expect(board.factors[0]!.narrative).toBe('Samverkan internt.\n\nFormella och informella nätverk.');
    expect(refsIn(doc, into)).toEqual(['t1:a', 't2:b', 't2:c']);
    expect(mergeFactors(doc, into, into)).toBe(false);
  });
});

describe('board document: notes', () => {
  it('moveNote places a note before a neighbour with one write of its register', () => {
    const doc = replica(1);
    const f = createFactor(doc, 'F');
    for (const ref of ['t1:a', 't1:b', 't1:c']) moveNote(doc, ref, f, null);
    const changed: string[] = [];
    doc.getMap(BOARD_ROOTS.placements).observe((event) => changed.push(...event.keysChanged));
    moveNote(doc, 't1:c', f, 't1:a');
    expect(changed).toEqual(['t1:c']);
    expect(refsIn(doc, f)).toEqual(['t1:c', 't1:a', 't1:b']);
    moveNote(doc, 't1:c', null, null);
    expect(refsIn(doc, f)).toEqual(['t1:a', 't1:b']);
    expect(refsIn(doc, null)).toEqual(['t1:c']);
  });

  it('setExcerpt sets and clears the quotable part of a note, placed or not', () => {
    const doc = replica(1);
    setExcerpt(doc, 't1:a', 'Ett skelett');
    expect(readBoard(doc).excerpts).toEqual({ 't1:a': 'Ett skelett' });
    expect(readBoard(doc).placements).toEqual({});
    moveNote(doc, 't1:a', null, null);
    expect(readBoard(doc).placements['t1:a']).toMatchObject({ factorId: null, excerpt: 'Ett skelett' });
    setExcerpt(doc, 't1:a', '  ');
    expect(readBoard(doc).excerpts).toEqual({});
    expect(readBoard(doc).placements['t1:a']!.excerpt).toBeNull();
  });

  it('two facilitators moving the same note concurrently leave it in exactly one place', () => {
    const one = replica(1);
    const f = createFactor(one, 'F');
    const g = createFactor(one, 'G');
    moveNote(one, 't1:a', null, null);
    const two = cloneDoc(one, 2);
    moveNote(one, 't1:a', f, null);
    moveNote(two, 't1:a', g, null);
    syncAll(one, two);
    for (const doc of [one, two]) {
      const board = readBoard(doc);
      const places = [null, f, g].filter((id) => notesInFactor(board, id).some((p) => p.noteRef === 't1:a'));
      expect(places).toHaveLength(1);
    }
    expect(readBoard(one)).toEqual(readBoard(two));
  });

  it('moving a note while another facilitator trims its excerpt keeps both changes', () => {
    const one = replica(1);
    const f = createFactor(one, 'F');
    moveNote(one, 't1:a', null, null);
    const two = cloneDoc(one, 2);
    moveNote(one, 't1:a', f, null);
    setExcerpt(two, 't1:a', 'kortare citat');
    syncAll(one, two);
    expect(readBoard(two).placements['t1:a']).toMatchObject({ factorId: f, excerpt: 'kortare citat' });
  });

  it('a note dropped into a factor deleted concurrently reads as being in the pool', () => {
    const one = replica(1);
    const f = createFactor(one, 'F');
    const two = cloneDoc(one, 2);
    moveNote(one, 't1:a', f, null);
    deleteFactor(two, f);
    syncAll(one, two);
    expect(readBoard(one).placements['t1:a']!.factorId).toBeNull();
    expect(refsIn(two, null)).toEqual(['t1:a']);
  });
});

describe('board document: report and reads', () => {
  it('report intro and reflections are set with minimal edits and read back', () => {
    const doc = replica(1);
    setReportIntro(doc, 'Länsstyrelsen anordnade två dialogdagar.');
    setReflections(doc, 'Nästa år bjuder vi in civilsamhället.');
    const intro = reportText(doc, 'intro');
    setReportIntro(doc, 'Länsstyrelsen anordnade i maj två dialogdagar.');
    expect(reportText(doc, 'intro')).toBe(intro);
    expect(readBoard(doc)).toMatchObject({
      intro: 'Länsstyrelsen anordnade i maj två dialogdagar.',
      reflections: 'Nästa år bjuder vi in civilsamhället.',
    });
  });

  it('reads on an empty board document return empty values and write nothing', () => {
    const doc = replica(1);
    let board: ReturnType<typeof readBoard> | undefined;
    expect(writesNothing(doc, () => (board = readBoard(doc)))).toBe(true);
    expect(board).toEqual({ factors: [], placements: {}, excerpts: {}, intro: '', reflections: '' });
    expect(notesInFactor(board!, null)).toEqual([]);
    expect(writesNothing(doc, () => factorText(doc, 'missing', 'title'))).toBe(true);
  });

  it('malformed placement registers are skipped rather than trusted', () => {
    const doc = replica(1);
    doc.transact(() => {
      doc.getMap(BOARD_ROOTS.placements).set('t1:a', 'not a register');
      doc.getMap(BOARD_ROOTS.placements).set('t1:b', { factorId: 5, order: 'a0' });
    });
    expect(readBoard(doc).placements).toEqual({
      't1:b': { noteRef: 't1:b', factorId: null, order: 'a0', excerpt: null },
    });
  });

  it('noteRef and parseNoteRef round-trip and reject malformed refs', () => {
    expect(noteRef('tablea01', 'abc123')).toBe('tablea01:abc123');
    expect(parseNoteRef('tablea01:abc123')).toEqual({ tableId: 'tablea01', noteId: 'abc123' });
    for (const bad of ['', 'nocolon', ':x', 'x:', 'a:b:c']) expect(parseNoteRef(bad)).toBeNull();
  });
});

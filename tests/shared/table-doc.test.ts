import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Origin } from '../../shared/docs/origins.js';
import {
  NOTE_FIELDS,
  NOTE_KINDS,
  TABLE_ROOTS,
  addNote,
  deleteNote,
  moveNoteOrder,
  noteText,
  readNote,
  readNotes,
  setNoteText,
  touchNote,
  updateNote,
} from '../../shared/docs/table-doc.js';
import { cloneDoc, replica, syncAll, writesNothing } from './replicas.js';

const ids = (doc: Y.Doc) => readNotes(doc).map((note) => note.id);

describe('table document', () => {
  it('addNote stores a note after the last one with its fields and timestamps', () => {
    const doc = replica(1);
    const first = addNote(
      doc,
      { phaseId: 'p1', questionId: 'q1', kind: 'story', text: 'Vi började med frukost' },
      Origin.local,
      100,
    );
    const second = addNote(
      doc,
      { phaseId: 'p1', questionId: null, kind: 'quote', lifted: true },
      Origin.local,
      200,
    );
    expect(ids(doc)).toEqual([first, second]);
    expect(readNote(doc, first)).toEqual({
      id: first,
      text: 'Vi började med frukost',
      phaseId: 'p1',
      questionId: 'q1',
      kind: 'story',
      lifted: false,
      order: expect.any(String),
      createdAtMs: 100,
      updatedAtMs: 100,
    });
    expect(readNote(doc, second)).toMatchObject({ text: '', kind: 'quote', lifted: true, questionId: null });
    expect(readNote(doc, 'missing')).toBeNull();
  });

  it('reads on an empty table document return empty values and write nothing', () => {
    const doc = replica(1);
    expect(
      writesNothing(doc, () => {
        expect(readNotes(doc)).toEqual([]);
        expect(readNote(doc, 'x')).toBeNull();
        expect(noteText(doc, 'x')).toBeNull();
      }),
    ).toBe(true);
  });

  it('updateNote changes kind, lift flag, question and phase and keeps updatedAtMs current', () => {
    const doc = replica(1);
    const id = addNote(doc, { phaseId: 'p1', questionId: null, kind: 'note' }, Origin.local, 1);
    expect(
      updateNote(doc, id, { kind: 'idea', lifted: true, questionId: 'q2', phaseId: 'p2' }, Origin.local, 5),
    ).toBe(true);
    expect(readNote(doc, id)).toMatchObject({
      kind: 'idea',
      lifted: true,
      questionId: 'q2',
      phaseId: 'p2',
      createdAtMs: 1,
      updatedAtMs: 5,
    });
    expect(touchNote(doc, id, Origin.local, 9)).toBe(true);
    expect(readNote(doc, id)!.updatedAtMs).toBe(9);
    expect(updateNote(doc, 'missing', { lifted: true })).toBe(false);
  });

  it('setNoteText edits the Y.Text in place and keeps updatedAtMs current', () => {
    const doc = replica(1);
    const id = addNote(
      doc,
      { phaseId: 'p1', questionId: null, kind: 'note', text: 'Rätt insats' },
      Origin.local,
      1,
    );
    const ytext = noteText(doc, id)!;
    expect(setNoteText(doc, id, 'Rätt insats av rätt aktör', Origin.local, 7)).toBe(true);
    expect(noteText(doc, id)).toBe(ytext);
    expect(ytext.toString()).toBe('Rätt insats av rätt aktör');
    expect(readNote(doc, id)).toMatchObject({ text: 'Rätt insats av rätt aktör', updatedAtMs: 7 });
    expect(setNoteText(doc, 'missing', 'x')).toBe(false);
  });

  it('two tablets typing in the same note concurrently keep both edits', () => {
    const one = replica(1);
    const id = addNote(one, { phaseId: 'p1', questionId: null, kind: 'note', text: 'samverkan' });
    const two = cloneDoc(one, 2);
    setNoteText(one, id, 'Intern samverkan');
    setNoteText(two, id, 'samverkan ger korta ledtider');
    syncAll(one, two);
    expect(readNote(one, id)!.text).toBe('Intern samverkan ger korta ledtider');
    expect(readNote(two, id)!.text).toBe('Intern samverkan ger korta ledtider');
  });

  it('moveNoteOrder puts a note before another, or last', () => {
    const doc = replica(1);
    const [a, b, c] = [1, 2, 3].map(() => addNote(doc, { phaseId: 'p', questionId: null, kind: 'note' }));
    expect(moveNoteOrder(doc, c!, a!)).toBe(true);
    expect(ids(doc)).toEqual([c, a, b]);
    expect(moveNoteOrder(doc, c!, null)).toBe(true);
    expect(ids(doc)).toEqual([a, b, c]);
    expect(moveNoteOrder(doc, 'missing', null)).toBe(false);
  });

  it('deleteNote removes the note and reports a note that is already gone', () => {
    const doc = replica(1);
    const id = addNote(doc, { phaseId: 'p', questionId: null, kind: 'note' });
    expect(deleteNote(doc, id)).toBe(true);
    expect(readNotes(doc)).toEqual([]);
    expect(deleteNote(doc, id)).toBe(false);
  });

  it('reads tolerate malformed note values', () => {
    const doc = replica(1);
    doc.transact(() => {
      const note = new Y.Map<unknown>();
      note.set(NOTE_FIELDS.text, 'plain string, not a Y.Text');
      note.set(NOTE_FIELDS.kind, 'poem');
      note.set(NOTE_FIELDS.lifted, 'yes');
      doc.getMap(TABLE_ROOTS.notes).set('n1', note);
    });
    expect(readNote(doc, 'n1')).toEqual({
      id: 'n1',
      text: '',
      phaseId: '',
      questionId: null,
      kind: 'note',
      lifted: false,
      order: '',
      createdAtMs: 0,
      updatedAtMs: 0,
    });
    expect(noteText(doc, 'n1')).toBeNull();
    expect(NOTE_KINDS).toEqual(['story', 'quote', 'idea', 'note']);
  });
});

/**
 * The table document — one per table; that table's tablets write it, facilitators and the projector
 * read it. It holds the table's notes.
 *
 * Layout: root map `notes`: noteId → Y.Map { text: Y.Text, phaseId, questionId, kind, lifted, order,
 * createdAtMs, updatedAtMs }. The text is a Y.Text so that two tablets typing in the same note merge
 * character by character; every other field is a plain value (last writer wins, which is right for a
 * flag or a choice from a menu).
 */
import * as Y from 'yjs';
import { orderForInsertAfter, orderForMove, sortByOrder } from '../order.js';
import { newId } from './ids.js';
import { Origin } from './origins.js';
import { replaceText } from './ytext.js';
import {
  childMap,
  mapEntries,
  orderedChildren,
  readBoolean,
  readEnum,
  readNumber,
  readString,
  readStringOrNull,
  readText,
} from './values.js';

/** Names of the table document's root types. */
export const TABLE_ROOTS = { notes: 'notes' } as const;

/** Keys of one note's Y.Map. */
export const NOTE_FIELDS = {
  text: 'text',
  phaseId: 'phaseId',
  questionId: 'questionId',
  kind: 'kind',
  lifted: 'lifted',
  order: 'order',
  createdAtMs: 'createdAtMs',
  updatedAtMs: 'updatedAtMs',
} as const;

/** What a note is: a story someone told, a verbatim quote, an idea, or anything else. */
export type NoteKind = 'story' | 'quote' | 'idea' | 'note';

/** All note kinds, in the order the UI offers them. */
export const NOTE_KINDS: readonly NoteKind[] = ['story', 'quote', 'idea', 'note'];

/** One note as a plain object. */
export interface Note {
  id: string;
  text: string;
  /** The phase the note was written in (a phase id of the event document). */
  phaseId: string;
  /** The question it answers, or null for a note on the phase as a whole. */
  questionId: string | null;
  kind: NoteKind;
  /** Whether the table wants this note lifted to the plenary (it then appears on the board). */
  lifted: boolean;
  order: string;
  createdAtMs: number;
  updatedAtMs: number;
}

/** What a new note needs. */
export interface NewNote {
  phaseId: string;
  questionId: string | null;
  kind: NoteKind;
  text?: string;
  lifted?: boolean;
}

/** Fields of a note that `updateNote` changes (text has its own op, `setNoteText`). */
export type NotePatch = Partial<Pick<Note, 'kind' | 'lifted' | 'questionId' | 'phaseId'>>;

function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(TABLE_ROOTS.notes);
}

function noteFromMap(id: string, map: Y.Map<unknown>): Note {
  return {
    id,
    text: readText(map.get(NOTE_FIELDS.text)),
    phaseId: readString(map.get(NOTE_FIELDS.phaseId)),
    questionId: readStringOrNull(map.get(NOTE_FIELDS.questionId)),
    kind: readEnum(map.get(NOTE_FIELDS.kind), NOTE_KINDS, 'note'),
    lifted: readBoolean(map.get(NOTE_FIELDS.lifted)),
    order: readString(map.get(NOTE_FIELDS.order)),
    createdAtMs: readNumber(map.get(NOTE_FIELDS.createdAtMs)),
    updatedAtMs: readNumber(map.get(NOTE_FIELDS.updatedAtMs)),
  };
}

/** Reads all notes of the table, sorted by order (ties by id). */
export function readNotes(doc: Y.Doc): Note[] {
  return sortByOrder(mapEntries(notesMap(doc)).map(([id, map]) => noteFromMap(id, map)));
}

/** Reads one note, or null if there is no such note. */
export function readNote(doc: Y.Doc, id: string): Note | null {
  const map = childMap(notesMap(doc), id);
  return map ? noteFromMap(id, map) : null;
}

/**
 * The note's Y.Text, for the editor binding in client/src/sync — the one place a Yjs type leaves
 * this module, because a collaborative text editor must bind to the shared text itself to merge
 * keystrokes. Everything else reads `Note.text`. Returns null if the note does not exist.
 */
export function noteText(doc: Y.Doc, id: string): Y.Text | null {
  const text = childMap(notesMap(doc), id)?.get(NOTE_FIELDS.text);
  return text instanceof Y.Text ? text : null;
}

/** Adds a note after the table's last note; returns its id. */
export function addNote(
  doc: Y.Doc,
  note: NewNote,
  origin: Origin = Origin.local,
  nowMs = Date.now(),
): string {
  const notes = notesMap(doc);
  const id = newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(NOTE_FIELDS.text, new Y.Text(note.text ?? ''));
    map.set(NOTE_FIELDS.phaseId, note.phaseId);
    map.set(NOTE_FIELDS.questionId, note.questionId);
    map.set(NOTE_FIELDS.kind, note.kind);
    map.set(NOTE_FIELDS.lifted, note.lifted ?? false);
    map.set(NOTE_FIELDS.order, orderForInsertAfter(orderedChildren(notes, NOTE_FIELDS.order), null));
    map.set(NOTE_FIELDS.createdAtMs, nowMs);
    map.set(NOTE_FIELDS.updatedAtMs, nowMs);
    notes.set(id, map);
  }, origin);
  return id;
}

/**
 * Makes the note's text read `text` by applying only the changed range, so a concurrent edit by
 * another tablet elsewhere in the note survives. Returns false if the note no longer exists.
 */
export function setNoteText(
  doc: Y.Doc,
  id: string,
  text: string,
  origin: Origin = Origin.local,
  nowMs = Date.now(),
): boolean {
  const map = childMap(notesMap(doc), id);
  const ytext = map?.get(NOTE_FIELDS.text);
  if (!map || !(ytext instanceof Y.Text)) return false;
  doc.transact(() => {
    replaceText(ytext, text);
    map.set(NOTE_FIELDS.updatedAtMs, nowMs);
  }, origin);
  return true;
}

/**
 * Records that the note changed at `nowMs` without changing a field — for the editor binding, whose
 * keystrokes go straight into the Y.Text and would otherwise leave `updatedAtMs` behind.
 */
export function touchNote(
  doc: Y.Doc,
  id: string,
  origin: Origin = Origin.local,
  nowMs = Date.now(),
): boolean {
  const map = childMap(notesMap(doc), id);
  if (!map) return false;
  doc.transact(() => map.set(NOTE_FIELDS.updatedAtMs, nowMs), origin);
  return true;
}

/** Changes a note's kind, lift flag, question or phase. Returns false if the note no longer exists. */
export function updateNote(
  doc: Y.Doc,
  id: string,
  patch: NotePatch,
  origin: Origin = Origin.local,
  nowMs = Date.now(),
): boolean {
  const map = childMap(notesMap(doc), id);
  if (!map) return false;
  doc.transact(() => {
    if (patch.kind !== undefined) map.set(NOTE_FIELDS.kind, patch.kind);
    if (patch.lifted !== undefined) map.set(NOTE_FIELDS.lifted, patch.lifted);
    if (patch.questionId !== undefined) map.set(NOTE_FIELDS.questionId, patch.questionId);
    if (patch.phaseId !== undefined) map.set(NOTE_FIELDS.phaseId, patch.phaseId);
    map.set(NOTE_FIELDS.updatedAtMs, nowMs);
  }, origin);
  return true;
}

/** Deletes a note. Returns false if it was already gone. */
export function deleteNote(doc: Y.Doc, id: string, origin: Origin = Origin.local): boolean {
  const notes = notesMap(doc);
  if (!notes.has(id)) return false;
  doc.transact(() => notes.delete(id), origin);
  return true;
}

/** Moves a note directly before `beforeId` (to the end when null). Returns false if it is gone. */
export function moveNoteOrder(
  doc: Y.Doc,
  id: string,
  beforeId: string | null,
  origin: Origin = Origin.local,
  nowMs = Date.now(),
): boolean {
  const notes = notesMap(doc);
  const map = childMap(notes, id);
  if (!map || id === beforeId) return false;
  doc.transact(() => {
    map.set(NOTE_FIELDS.order, orderForMove(orderedChildren(notes, NOTE_FIELDS.order), id, beforeId));
    map.set(NOTE_FIELDS.updatedAtMs, nowMs);
  }, origin);
  return true;
}

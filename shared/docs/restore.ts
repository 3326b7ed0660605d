/**
 * Writes recorded content back into fresh documents, keeping every id and order key, for importing
 * a JSON archive. Like `initEventDoc`, these run once, on documents just created by the server —
 * never on load. Kept beside the schemas they write so every key still comes from one module.
 */
import * as Y from 'yjs';
import { eventRoots } from './event-roots.js';
import {
  INFO_FIELDS,
  LIVE_FIELDS,
  PHASE_FIELDS,
  QUESTION_FIELDS,
  TABLE_FIELDS,
  type EventInfo,
  type EventTable,
  type Phase,
} from './event-schema.js';
import { NOTE_FIELDS, TABLE_ROOTS, type Note } from './table-doc.js';
import { FACTOR_FIELDS, boardRoots, type Factor, type PlacementRegister } from './board-schema.js';
import { Origin } from './origins.js';

/** Restores an event's info, phases (with their ids) and tables; the first phase becomes current. */
export function restoreEventDoc(
  doc: Y.Doc,
  content: { info: EventInfo; phases: Phase[]; tables: EventTable[] },
  origin: Origin = Origin.import,
): void {
  const roots = eventRoots(doc);
  doc.transact(() => {
    roots.info.set(INFO_FIELDS.title, content.info.title);
    roots.info.set(INFO_FIELDS.organiser, content.info.organiser);
    roots.info.set(INFO_FIELDS.date, content.info.date);
    roots.info.set(INFO_FIELDS.language, content.info.language);
    for (const phase of content.phases) {
      const map = new Y.Map<unknown>();
      map.set(PHASE_FIELDS.key, phase.key);
      map.set(PHASE_FIELDS.title, phase.title);
      map.set(PHASE_FIELDS.intro, phase.intro);
      map.set(PHASE_FIELDS.minutes, phase.minutes);
      map.set(PHASE_FIELDS.order, phase.order);
      const questions = new Y.Map<unknown>();
      for (const q of phase.questions) {
        const qm = new Y.Map<unknown>();
        qm.set(QUESTION_FIELDS.text, q.text);
        qm.set(QUESTION_FIELDS.order, q.order);
        questions.set(q.id, qm);
      }
      map.set(PHASE_FIELDS.questions, questions);
      roots.phases.set(phase.id, map);
    }
    for (const table of content.tables) {
      const map = new Y.Map<unknown>();
      map.set(TABLE_FIELDS.name, table.name);
      map.set(TABLE_FIELDS.organisations, [...table.organisations]);
      map.set(TABLE_FIELDS.order, table.order);
      roots.tables.set(table.tableId, map);
    }
    const first = content.phases[0];
    if (first) roots.live.set(LIVE_FIELDS.currentPhaseId, first.id);
  }, origin);
}

/** Restores a table's notes with their ids, order keys and times. */
export function restoreTableDoc(doc: Y.Doc, notes: Note[], origin: Origin = Origin.import): void {
  const map = doc.getMap<unknown>(TABLE_ROOTS.notes);
  doc.transact(() => {
    for (const note of notes) {
      const m = new Y.Map<unknown>();
      m.set(NOTE_FIELDS.text, new Y.Text(note.text));
      m.set(NOTE_FIELDS.phaseId, note.phaseId);
      m.set(NOTE_FIELDS.questionId, note.questionId);
      m.set(NOTE_FIELDS.kind, note.kind);
      m.set(NOTE_FIELDS.lifted, note.lifted);
      m.set(NOTE_FIELDS.order, note.order);
      m.set(NOTE_FIELDS.createdAtMs, note.createdAtMs);
      m.set(NOTE_FIELDS.updatedAtMs, note.updatedAtMs);
      map.set(note.id, m);
    }
  }, origin);
}

/** Restores factors, placements (keyed by the new note refs), excerpts and the report texts. */
export function restoreBoardDoc(
  doc: Y.Doc,
  content: {
    factors: Factor[];
    placements: Record<string, PlacementRegister>;
    excerpts: Record<string, string>;
    intro: string;
    reflections: string;
  },
  origin: Origin = Origin.import,
): void {
  const roots = boardRoots(doc);
  doc.transact(() => {
    for (const factor of content.factors) {
      const map = new Y.Map<unknown>();
      map.set(FACTOR_FIELDS.title, new Y.Text(factor.title));
      map.set(FACTOR_FIELDS.narrative, new Y.Text(factor.narrative));
      map.set(FACTOR_FIELDS.order, factor.order);
      roots.factors.set(factor.id, map);
    }
    for (const [ref, register] of Object.entries(content.placements)) {
      roots.placements.set(ref, { factorId: register.factorId, order: register.order });
    }
    for (const [ref, text] of Object.entries(content.excerpts)) roots.excerpts.set(ref, text);
    if (content.intro) roots.reportIntro.insert(0, content.intro);
    if (content.reflections) roots.reportReflections.insert(0, content.reflections);
  }, origin);
}

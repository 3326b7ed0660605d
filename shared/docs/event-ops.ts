/**
 * Typed writes to the event document's content: info, phases, questions, tables. Each op is one
 * transaction with a named origin. Ops on records that no longer exist (removed by another
 * facilitator a moment ago) do nothing and return false, because that is a normal race, not a bug.
 */
import * as Y from 'yjs';
import { orderForInsertAfter, orderForMove, orderKeysAfter } from '../order.js';
import type { WorkbookTemplate } from '../workbook/template.js';
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
import { newId } from './ids.js';
import { Origin } from './origins.js';
import { childMap, orderedChildren } from './values.js';

/** Thrown when `initEventDoc` is called on a document that already has content. */
export class EventDocAlreadyInitialisedError extends Error {
  constructor() {
    super('The event document already has content; initEventDoc must run exactly once, at creation.');
    this.name = 'EventDocAlreadyInitialisedError';
  }
}

/** What a new phase needs; everything but the title has an empty default. */
export interface NewPhase {
  title: string;
  intro?: string;
  minutes?: number | null;
  key?: Phase['key'];
}

/** Fields of a phase that `updatePhase` changes. */
export type PhasePatch = Partial<Pick<Phase, 'title' | 'intro' | 'minutes' | 'key'>>;

function newPhaseMap(phase: NewPhase, order: string, questions: string[]): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set(PHASE_FIELDS.key, phase.key ?? null);
  map.set(PHASE_FIELDS.title, phase.title);
  map.set(PHASE_FIELDS.intro, phase.intro ?? '');
  map.set(PHASE_FIELDS.minutes, phase.minutes ?? null);
  map.set(PHASE_FIELDS.order, order);
  const questionsMap = new Y.Map<unknown>();
  orderKeysAfter(null, questions.length).forEach((questionOrder, i) => {
    questionsMap.set(newId(), newQuestionMap(questions[i]!, questionOrder));
  });
  map.set(PHASE_FIELDS.questions, questionsMap);
  return map;
}

function newQuestionMap(text: string, order: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set(QUESTION_FIELDS.text, text);
  map.set(QUESTION_FIELDS.order, order);
  return map;
}

/**
 * Writes a new event's info and the template's phases and questions, and makes the first phase
 * current. The server calls this exactly once, when it creates the event — never on load, because
 * re-seeding a document that clients already hold duplicates its content. Throws
 * {@link EventDocAlreadyInitialisedError} if the document has info or phases already.
 */
export function initEventDoc(
  doc: Y.Doc,
  info: EventInfo,
  template: WorkbookTemplate,
  origin: Origin = Origin.server,
): void {
  const { info: infoMap, phases, live } = eventRoots(doc);
  if (infoMap.size > 0 || phases.size > 0) throw new EventDocAlreadyInitialisedError();
  doc.transact(() => {
    infoMap.set(INFO_FIELDS.title, info.title);
    infoMap.set(INFO_FIELDS.organiser, info.organiser);
    infoMap.set(INFO_FIELDS.date, info.date);
    infoMap.set(INFO_FIELDS.language, info.language);
    const orders = orderKeysAfter(null, template.phases.length);
    let firstId: string | null = null;
    template.phases.forEach((phase, i) => {
      const id = newId();
      firstId ??= id;
      phases.set(id, newPhaseMap(phase, orders[i]!, phase.questions));
    });
    if (firstId !== null) live.set(LIVE_FIELDS.currentPhaseId, firstId);
  }, origin);
}

/** Changes some of the event's descriptive fields. */
export function setEventInfo(doc: Y.Doc, patch: Partial<EventInfo>, origin: Origin = Origin.local): void {
  const info = eventRoots(doc).info;
  doc.transact(() => {
    if (patch.title !== undefined) info.set(INFO_FIELDS.title, patch.title);
    if (patch.organiser !== undefined) info.set(INFO_FIELDS.organiser, patch.organiser);
    if (patch.date !== undefined) info.set(INFO_FIELDS.date, patch.date);
    if (patch.language !== undefined) info.set(INFO_FIELDS.language, patch.language);
  }, origin);
}

/** Adds a phase without questions after `afterPhaseId` (at the end when omitted); returns its id. */
export function addPhase(
  doc: Y.Doc,
  phase: NewPhase,
  afterPhaseId: string | null = null,
  origin: Origin = Origin.local,
): string {
  const phases = eventRoots(doc).phases;
  const id = newId();
  doc.transact(() => {
    const order = orderForInsertAfter(orderedChildren(phases, PHASE_FIELDS.order), afterPhaseId);
    phases.set(id, newPhaseMap(phase, order, []));
  }, origin);
  return id;
}

/** Changes some fields of a phase. Returns false if the phase no longer exists. */
export function updatePhase(
  doc: Y.Doc,
  id: string,
  patch: PhasePatch,
  origin: Origin = Origin.local,
): boolean {
  const map = childMap(eventRoots(doc).phases, id);
  if (!map) return false;
  doc.transact(() => {
    if (patch.title !== undefined) map.set(PHASE_FIELDS.title, patch.title);
    if (patch.intro !== undefined) map.set(PHASE_FIELDS.intro, patch.intro);
    if (patch.minutes !== undefined) map.set(PHASE_FIELDS.minutes, patch.minutes);
    if (patch.key !== undefined) map.set(PHASE_FIELDS.key, patch.key);
  }, origin);
  return true;
}

/**
 * Removes a phase and its questions. Live pointers to it (current phase, table overrides) are cleared
 * in the same transaction so tables fall back to the event's current or first phase.
 */
export function removePhase(doc: Y.Doc, id: string, origin: Origin = Origin.local): boolean {
  const { phases, live, phaseByTable } = eventRoots(doc);
  if (!phases.has(id)) return false;
  doc.transact(() => {
    phases.delete(id);
    if (live.get(LIVE_FIELDS.currentPhaseId) === id) live.set(LIVE_FIELDS.currentPhaseId, null);
    for (const [tableId, phaseId] of [...phaseByTable.entries()]) {
      if (phaseId === id) phaseByTable.delete(tableId);
    }
  }, origin);
  return true;
}

/** Moves a phase directly before `beforeId` (to the end when null). Returns false if it is gone. */
export function movePhase(
  doc: Y.Doc,
  id: string,
  beforeId: string | null,
  origin: Origin = Origin.local,
): boolean {
  const phases = eventRoots(doc).phases;
  const map = childMap(phases, id);
  if (!map || id === beforeId) return false;
  doc.transact(() => {
    map.set(PHASE_FIELDS.order, orderForMove(orderedChildren(phases, PHASE_FIELDS.order), id, beforeId));
  }, origin);
  return true;
}

function questionsOf(doc: Y.Doc, phaseId: string): Y.Map<unknown> | null {
  const phase = childMap(eventRoots(doc).phases, phaseId);
  return phase ? childMap(phase, PHASE_FIELDS.questions) : null;
}

/** Appends a question to a phase; returns its id. Throws if the phase does not exist. */
export function addQuestion(
  doc: Y.Doc,
  phaseId: string,
  text: string,
  origin: Origin = Origin.local,
): string {
  const questions = questionsOf(doc, phaseId);
  if (!questions) throw new Error(`addQuestion: no phase ${phaseId} in the event document`);
  const id = newId();
  doc.transact(() => {
    const order = orderForInsertAfter(orderedChildren(questions, QUESTION_FIELDS.order), null);
    questions.set(id, newQuestionMap(text, order));
  }, origin);
  return id;
}

/** Changes a question's text. Returns false if the question no longer exists. */
export function updateQuestion(
  doc: Y.Doc,
  phaseId: string,
  questionId: string,
  text: string,
  origin: Origin = Origin.local,
): boolean {
  const questions = questionsOf(doc, phaseId);
  const question = questions ? childMap(questions, questionId) : null;
  if (!question) return false;
  doc.transact(() => question.set(QUESTION_FIELDS.text, text), origin);
  return true;
}

/** Removes a question. Returns false if it no longer exists. */
export function removeQuestion(
  doc: Y.Doc,
  phaseId: string,
  questionId: string,
  origin: Origin = Origin.local,
): boolean {
  const questions = questionsOf(doc, phaseId);
  if (!questions?.has(questionId)) return false;
  doc.transact(() => questions.delete(questionId), origin);
  return true;
}

/** Moves a question directly before `beforeId` within its phase (to the end when null). */
export function moveQuestion(
  doc: Y.Doc,
  phaseId: string,
  questionId: string,
  beforeId: string | null,
  origin: Origin = Origin.local,
): boolean {
  const questions = questionsOf(doc, phaseId);
  const question = questions ? childMap(questions, questionId) : null;
  if (!questions || !question || questionId === beforeId) return false;
  doc.transact(() => {
    const items = orderedChildren(questions, QUESTION_FIELDS.order);
    question.set(QUESTION_FIELDS.order, orderForMove(items, questionId, beforeId));
  }, origin);
  return true;
}

/**
 * Creates or updates a table's name and organisations. An existing table keeps its place; a new one
 * is appended. Organisations are one plain array, replaced whole (a list edited in one form field).
 */
export function upsertTable(
  doc: Y.Doc,
  table: Pick<EventTable, 'tableId' | 'name' | 'organisations'>,
  origin: Origin = Origin.local,
): void {
  const tables = eventRoots(doc).tables;
  doc.transact(() => {
    let map = childMap(tables, table.tableId);
    if (!map) {
      map = new Y.Map<unknown>();
      map.set(TABLE_FIELDS.order, orderForInsertAfter(orderedChildren(tables, TABLE_FIELDS.order), null));
      tables.set(table.tableId, map);
    }
    map.set(TABLE_FIELDS.name, table.name);
    map.set(TABLE_FIELDS.organisations, [...table.organisations]);
  }, origin);
}

/** Removes a table and its phase override. Returns false if it was not there. */
export function removeTable(doc: Y.Doc, tableId: string, origin: Origin = Origin.local): boolean {
  const { tables, phaseByTable } = eventRoots(doc);
  if (!tables.has(tableId)) return false;
  doc.transact(() => {
    tables.delete(tableId);
    phaseByTable.delete(tableId);
  }, origin);
  return true;
}

/** Moves a table directly before `beforeTableId` (to the end when null). */
export function moveTable(
  doc: Y.Doc,
  tableId: string,
  beforeTableId: string | null,
  origin: Origin = Origin.local,
): boolean {
  const tables = eventRoots(doc).tables;
  const map = childMap(tables, tableId);
  if (!map || tableId === beforeTableId) return false;
  doc.transact(() => {
    map.set(
      TABLE_FIELDS.order,
      orderForMove(orderedChildren(tables, TABLE_FIELDS.order), tableId, beforeTableId),
    );
  }, origin);
  return true;
}

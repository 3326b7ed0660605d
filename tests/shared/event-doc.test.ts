import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  EVENT_ROOTS,
  EventDocAlreadyInitialisedError,
  PHASE_FIELDS,
  addPhase,
  addQuestion,
  allOrganisations,
  currentPhaseFor,
  initEventDoc,
  moveQuestion,
  movePhase,
  moveTable,
  readEvent,
  readPhases,
  readTables,
  removePhase,
  removeQuestion,
  removeTable,
  setCurrentPhase,
  setEventInfo,
  updatePhase,
  updateQuestion,
  upsertTable,
  type EventInfo,
} from '../../shared/docs/event-doc.js';
import { Origin } from '../../shared/docs/origins.js';
import { getTemplate } from '../../shared/workbook/ai-4d.js';
import { cloneDoc, replica, syncAll, writesNothing } from './replicas.js';

const INFO: EventInfo = {
  title: 'Dialogdag om mottagande',
  organiser: 'Länsstyrelsen',
  date: '2019-05-14',
  language: 'sv',
};

function newEvent(): Y.Doc {
  const doc = replica(1);
  initEventDoc(doc, INFO, getTemplate('ai-4d', 'sv'));
  return doc;
}

describe('event document: creation and reads', () => {
  it('initEventDoc writes info, the template phases with their questions, and makes the first phase current', () => {
    const doc = newEvent();
    const event = readEvent(doc);
    expect(event.info).toEqual(INFO);
    expect(event.phases.map((phase) => phase.title)).toEqual([
      'Upptäcka',
      'Drömma',
      'Utforma',
      'Förverkliga',
    ]);
    expect(event.phases[0]!.questions.map((q) => q.text)).toEqual(
      getTemplate('ai-4d', 'sv').phases[0]!.questions,
    );
    expect(event.live.currentPhaseId).toBe(event.phases[0]!.id);
    expect(event.tables).toEqual([]);
  });

  it('initEventDoc writes the template once: a second call throws and changes nothing', () => {
    const doc = newEvent();
    const before = Y.encodeStateVector(doc);
    expect(() => initEventDoc(doc, INFO, getTemplate('ai-4d', 'sv'))).toThrow(
      EventDocAlreadyInitialisedError,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(readPhases(doc)).toHaveLength(4);
  });

  it('initEventDoc marks its transaction with the server origin unless told otherwise', () => {
    const doc = replica(1);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    initEventDoc(doc, INFO, getTemplate('empty', 'en'));
    expect(origins).toEqual([Origin.server]);
    expect(readEvent(doc).live.currentPhaseId).toBeNull();
  });

  it('reads on an empty event document return empty values and write nothing', () => {
    const doc = replica(1);
    let snapshot: ReturnType<typeof readEvent> | undefined;
    expect(writesNothing(doc, () => (snapshot = readEvent(doc)))).toBe(true);
    expect(snapshot).toEqual({
      info: { title: '', organiser: '', date: null, language: 'sv' },
      phases: [],
      tables: [],
      live: { currentPhaseId: null, phaseByTable: {}, timer: null, broadcast: null },
    });
    expect(currentPhaseFor(snapshot!, 'table01')).toBeNull();
  });

  it('reading a replica that received the event writes nothing', () => {
    const copy = cloneDoc(newEvent(), 2);
    expect(writesNothing(copy, () => readEvent(copy))).toBe(true);
  });

  it('reads tolerate malformed values written by another client', () => {
    const doc = replica(1);
    doc.transact(() => {
      doc.getMap(EVENT_ROOTS.info).set('title', 42);
      doc.getMap(EVENT_ROOTS.info).set('language', 'fr');
      doc.getMap(EVENT_ROOTS.phases).set('notamap', 'x');
      const phase = new Y.Map<unknown>();
      phase.set(PHASE_FIELDS.key, 'nonsense');
      phase.set(PHASE_FIELDS.minutes, 'ten');
      doc.getMap(EVENT_ROOTS.phases).set('p1', phase);
      doc.getMap(EVENT_ROOTS.live).set('timer', { durationMs: 'long' });
      doc.getMap(EVENT_ROOTS.phaseByTable).set('t1', 7);
    });
    const event = readEvent(doc);
    expect(event.info).toEqual({ title: '', organiser: '', date: null, language: 'sv' });
    expect(event.phases).toEqual([
      { id: 'p1', key: null, title: '', intro: '', minutes: null, order: '', questions: [] },
    ]);
    expect(event.live.timer).toBeNull();
    expect(event.live.phaseByTable).toEqual({});
  });
});

describe('event document: info, phases and questions', () => {
  it('setEventInfo changes only the given fields', () => {
    const doc = newEvent();
    setEventInfo(doc, { title: 'Ny titel', date: null });
    expect(readEvent(doc).info).toEqual({ ...INFO, title: 'Ny titel', date: null });
  });

  it('addPhase inserts after the given phase, or appends', () => {
    const doc = newEvent();
    const [discover, dream] = readPhases(doc);
    const pause = addPhase(doc, { title: 'Fika', minutes: 15 }, discover!.id);
    const closing = addPhase(doc, { title: 'Avslutning' });
    const phases = readPhases(doc);
    expect(phases.map((phase) => phase.id).slice(0, 3)).toEqual([discover!.id, pause, dream!.id]);
    expect(phases[phases.length - 1]!.id).toBe(closing);
    expect(phases[1]).toMatchObject({ title: 'Fika', intro: '', minutes: 15, key: null, questions: [] });
  });

  it('updatePhase changes fields and reports a phase that no longer exists', () => {
    const doc = newEvent();
    const id = readPhases(doc)[0]!.id;
    expect(updatePhase(doc, id, { title: 'Upptäcka tillsammans', minutes: null })).toBe(true);
    expect(readPhases(doc)[0]).toMatchObject({
      title: 'Upptäcka tillsammans',
      minutes: null,
      key: 'discover',
    });
    expect(updatePhase(doc, 'missing', { title: 'x' })).toBe(false);
  });

  it('removePhase deletes it and clears live pointers to it', () => {
    const doc = newEvent();
    const [first, second] = readPhases(doc);
    setCurrentPhase(doc, second!.id, 'table001');
    expect(removePhase(doc, first!.id)).toBe(true);
    expect(removePhase(doc, second!.id)).toBe(true);
    const event = readEvent(doc);
    expect(event.phases.map((phase) => phase.title)).toEqual(['Utforma', 'Förverkliga']);
    expect(event.live.currentPhaseId).toBeNull();
    expect(event.live.phaseByTable).toEqual({});
    expect(currentPhaseFor(event, 'table001')?.title).toBe('Utforma');
  });

  it('movePhase reorders by rewriting only the moved phase', () => {
    const doc = newEvent();
    const [a, b, c, d] = readPhases(doc).map((phase) => phase.id);
    expect(movePhase(doc, d!, a!)).toBe(true);
    expect(readPhases(doc).map((phase) => phase.id)).toEqual([d, a, b, c]);
    movePhase(doc, d!, null);
    expect(readPhases(doc).map((phase) => phase.id)).toEqual([a, b, c, d]);
    expect(movePhase(doc, 'missing', null)).toBe(false);
  });

  it('questions can be added, edited, reordered and removed', () => {
    const doc = newEvent();
    const phaseId = readPhases(doc)[1]!.id;
    const q = addQuestion(doc, phaseId, 'Vad gör ni om fem år?');
    let questions = readPhases(doc)[1]!.questions;
    expect(questions[questions.length - 1]).toMatchObject({ id: q, text: 'Vad gör ni om fem år?' });
    expect(updateQuestion(doc, phaseId, q, 'Vad gör ni om tio år?')).toBe(true);
    expect(moveQuestion(doc, phaseId, q, questions[0]!.id)).toBe(true);
    questions = readPhases(doc)[1]!.questions;
    expect(questions[0]).toMatchObject({ id: q, text: 'Vad gör ni om tio år?' });
    expect(removeQuestion(doc, phaseId, q)).toBe(true);
    expect(readPhases(doc)[1]!.questions.map((x) => x.id)).not.toContain(q);
    expect(updateQuestion(doc, phaseId, q, 'x')).toBe(false);
    expect(() => addQuestion(doc, 'missing', 'x')).toThrow(/no phase/);
  });
});

describe('event document: tables', () => {
  it('upsertTable appends new tables and keeps an existing table in place', () => {
    const doc = newEvent();
    upsertTable(doc, { tableId: 'tablea01', name: 'Bord 1', organisations: ['Borås'] });
    upsertTable(doc, { tableId: 'tableb02', name: 'Bord 2', organisations: [] });
    upsertTable(doc, { tableId: 'tablea01', name: 'Bord ett', organisations: ['Borås', 'Vara'] });
    expect(readTables(doc)).toEqual([
      { tableId: 'tablea01', name: 'Bord ett', organisations: ['Borås', 'Vara'], order: expect.any(String) },
      { tableId: 'tableb02', name: 'Bord 2', organisations: [], order: expect.any(String) },
    ]);
    expect(moveTable(doc, 'tableb02', 'tablea01')).toBe(true);
    expect(readTables(doc).map((table) => table.tableId)).toEqual(['tableb02', 'tablea01']);
  });

  it('removeTable deletes the table and its phase override', () => {
    const doc = newEvent();
    upsertTable(doc, { tableId: 'tablea01', name: 'Bord 1', organisations: [] });
    setCurrentPhase(doc, readPhases(doc)[2]!.id, 'tablea01');
    expect(removeTable(doc, 'tablea01')).toBe(true);
    expect(readEvent(doc).tables).toEqual([]);
    expect(readEvent(doc).live.phaseByTable).toEqual({});
    expect(removeTable(doc, 'tablea01')).toBe(false);
  });

  it('allOrganisations lists every organisation once, trimmed, in Swedish order', () => {
    const doc = newEvent();
    upsertTable(doc, { tableId: 't1', name: 'Bord 1', organisations: ['Åmål', 'Vara', ' Alingsås '] });
    upsertTable(doc, { tableId: 't2', name: 'Bord 2', organisations: ['Vänersborg', 'Vara', 'Ödeshög', ''] });
    expect(allOrganisations(readEvent(doc))).toEqual(['Alingsås', 'Vara', 'Vänersborg', 'Åmål', 'Ödeshög']);
  });
});

describe('event document: current phase', () => {
  it('a table sees its override, else the current phase, else the first phase', () => {
    const doc = newEvent();
    const [a, b, c] = readPhases(doc).map((phase) => phase.id);
    setCurrentPhase(doc, b!);
    setCurrentPhase(doc, c!, 'tablea01');
    let event = readEvent(doc);
    expect(currentPhaseFor(event, 'tablea01')?.id).toBe(c);
    expect(currentPhaseFor(event, 'tableb02')?.id).toBe(b);
    setCurrentPhase(doc, null, 'tablea01');
    expect(currentPhaseFor(readEvent(doc), 'tablea01')?.id).toBe(b);
    setCurrentPhase(doc, null);
    event = readEvent(doc);
    expect(currentPhaseFor(event, 'tablea01')?.id).toBe(a);
  });

  it('moving all tables to a phase clears every per-table override', () => {
    const doc = newEvent();
    const [, b, c, d] = readPhases(doc).map((phase) => phase.id);
    setCurrentPhase(doc, c!, 't1');
    setCurrentPhase(doc, d!, 't2');
    setCurrentPhase(doc, b!);
    const event = readEvent(doc);
    expect(event.live).toMatchObject({ currentPhaseId: b, phaseByTable: {} });
    expect(currentPhaseFor(event, 't1')?.id).toBe(b);
  });

  it('two facilitators setting the first overrides concurrently keep both', () => {
    const one = newEvent();
    const two = cloneDoc(one, 2);
    const [, b, c] = readPhases(one).map((phase) => phase.id);
    setCurrentPhase(one, b!, 't1');
    setCurrentPhase(two, c!, 't2');
    syncAll(one, two);
    expect(readEvent(one).live.phaseByTable).toEqual({ t1: b, t2: c });
    expect(readEvent(two).live.phaseByTable).toEqual({ t1: b, t2: c });
  });
});

describe('event document: undo', () => {
  it('an UndoManager tracking Origin.local undoes the local edit and leaves server writes alone', () => {
    const doc = newEvent();
    const undo = new Y.UndoManager([doc.getMap(EVENT_ROOTS.info)], {
      trackedOrigins: new Set([Origin.local]),
    });
    setEventInfo(doc, { title: 'Lokal titel' });
    setEventInfo(doc, { organiser: 'Servern' }, Origin.server);
    undo.undo();
    expect(readEvent(doc).info).toMatchObject({ title: INFO.title, organiser: 'Servern' });
  });
});

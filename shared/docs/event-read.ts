/**
 * Typed reads of the event document. Reads return plain objects, tolerate missing or malformed keys
 * (empty values instead), and never write — not even defaults.
 */
import type * as Y from 'yjs';
import { compareOrder, sortByOrder } from '../order.js';
import { PHASE_KEYS } from '../workbook/template.js';
import { eventRoots } from './event-roots.js';
import {
  INFO_FIELDS,
  LIVE_FIELDS,
  PHASE_FIELDS,
  QUESTION_FIELDS,
  TABLE_FIELDS,
  type Broadcast,
  type EventInfo,
  type EventSnapshot,
  type EventTable,
  type LiveState,
  type Phase,
  type Question,
  type TimerState,
} from './event-schema.js';
import {
  childMap,
  mapEntries,
  readEnum,
  readEnumOrNull,
  readNumber,
  readNumberOrNull,
  readRecord,
  readString,
  readStringArray,
  readStringOrNull,
} from './values.js';

/** Reads the event's descriptive fields; an uninitialised doc reads as an untitled Swedish event. */
export function readInfo(doc: Y.Doc): EventInfo {
  const info = eventRoots(doc).info;
  return {
    title: readString(info.get(INFO_FIELDS.title)),
    organiser: readString(info.get(INFO_FIELDS.organiser)),
    date: readStringOrNull(info.get(INFO_FIELDS.date)),
    language: readEnum(info.get(INFO_FIELDS.language), ['sv', 'en'], 'sv'),
  };
}

/** Reads one phase's Y.Map as a plain object. */
export function phaseFromMap(id: string, map: Y.Map<unknown>): Phase {
  const questionsMap = childMap(map, PHASE_FIELDS.questions);
  const questions: Question[] = questionsMap
    ? mapEntries(questionsMap).map(([qid, q]) => ({
        id: qid,
        text: readString(q.get(QUESTION_FIELDS.text)),
        order: readString(q.get(QUESTION_FIELDS.order)),
      }))
    : [];
  return {
    id,
    key: readEnumOrNull(map.get(PHASE_FIELDS.key), PHASE_KEYS),
    title: readString(map.get(PHASE_FIELDS.title)),
    intro: readString(map.get(PHASE_FIELDS.intro)),
    minutes: readNumberOrNull(map.get(PHASE_FIELDS.minutes)),
    order: readString(map.get(PHASE_FIELDS.order)),
    questions: sortByOrder(questions),
  };
}

/** Reads all phases, sorted by order (ties by id), each with its questions sorted. */
export function readPhases(doc: Y.Doc): Phase[] {
  return sortByOrder(mapEntries(eventRoots(doc).phases).map(([id, map]) => phaseFromMap(id, map)));
}

/** Reads all tables, sorted by order (ties by table id). */
export function readTables(doc: Y.Doc): EventTable[] {
  const tables = mapEntries(eventRoots(doc).tables).map(([tableId, map]) => ({
    tableId,
    name: readString(map.get(TABLE_FIELDS.name)),
    organisations: readStringArray(map.get(TABLE_FIELDS.organisations)),
    order: readString(map.get(TABLE_FIELDS.order)),
  }));
  return tables.sort((a, b) => compareOrder(a.order, b.order) || compareOrder(a.tableId, b.tableId));
}

/** Reads the timer register; anything that is not a well-formed timer reads as "no timer". */
export function readTimer(value: unknown): TimerState | null {
  const record = readRecord(value);
  if (!record || typeof record.durationMs !== 'number') return null;
  return {
    durationMs: Math.max(0, readNumber(record.durationMs)),
    startedAtMs: readNumberOrNull(record.startedAtMs),
    elapsedBeforeMs: Math.max(0, readNumber(record.elapsedBeforeMs)),
  };
}

function readBroadcast(value: unknown): Broadcast | null {
  const record = readRecord(value);
  if (!record || typeof record.text !== 'string') return null;
  return { text: record.text, sentAtMs: readNumber(record.sentAtMs) };
}

/** Reads the live state: current phase, per-table overrides, timer, broadcast. */
export function readLive(doc: Y.Doc): LiveState {
  const { live, phaseByTable } = eventRoots(doc);
  const overrides: Record<string, string> = {};
  phaseByTable.forEach((phaseId, tableId) => {
    if (typeof phaseId === 'string') overrides[tableId] = phaseId;
  });
  return {
    currentPhaseId: readStringOrNull(live.get(LIVE_FIELDS.currentPhaseId)),
    phaseByTable: overrides,
    timer: readTimer(live.get(LIVE_FIELDS.timer)),
    broadcast: readBroadcast(live.get(LIVE_FIELDS.broadcast)),
  };
}

/** Reads the whole event document as one plain object. */
export function readEvent(doc: Y.Doc): EventSnapshot {
  return { info: readInfo(doc), phases: readPhases(doc), tables: readTables(doc), live: readLive(doc) };
}

/**
 * The phase a table should see: its own override if that phase still exists, else the event's
 * current phase if it exists, else the first phase, else null (no phases at all). Pointers to deleted
 * phases are skipped rather than trusted, because a phase can be removed while a table points at it.
 */
export function currentPhaseFor(snapshot: EventSnapshot, tableId: string | null): Phase | null {
  const byId = (id: string | null | undefined) =>
    id ? (snapshot.phases.find((phase) => phase.id === id) ?? null) : null;
  const override = tableId === null ? null : byId(snapshot.live.phaseByTable[tableId]);
  return override ?? byId(snapshot.live.currentPhaseId) ?? snapshot.phases[0] ?? null;
}

const SWEDISH = new Intl.Collator('sv');

/**
 * All organisations seated at any table, for the report's footnote: trimmed, deduplicated, sorted
 * the Swedish way (å, ä, ö after z) whatever the event's language, as the seed report lists them.
 */
export function allOrganisations(snapshot: EventSnapshot): string[] {
  const names = new Set<string>();
  for (const table of snapshot.tables) {
    for (const name of table.organisations) {
      const trimmed = name.trim().replace(/\s+/g, ' ');
      if (trimmed) names.add(trimmed);
    }
  }
  return [...names].sort(SWEDISH.compare);
}

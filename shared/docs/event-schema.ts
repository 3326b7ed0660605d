/**
 * The event document's key names and record types (facilitators write, tables and projector read).
 *
 * Layout (every name below is a constant here; UI code uses the types and ops, never the keys):
 * - root map `info`: title, organiser, date, language
 * - root map `phases`: phaseId → Y.Map { key, title, intro, minutes, order, questions }
 *   where `questions` is a Y.Map questionId → Y.Map { text, order }
 * - root map `tables`: tableId → Y.Map { name, organisations (plain string[] replaced whole), order }
 * - root map `live`: currentPhaseId, timer (register), broadcast (register)
 * - root map `phaseByTable`: tableId → phaseId (per-table phase overrides)
 *
 * `phaseByTable` is a root map rather than a map nested under `live`: a nested map would have to be
 * created by the first override, and two facilitators creating it concurrently would each make their
 * own — one of them (and the override written into it) would be discarded. Root types need no creation.
 */
import type { Language } from '../api.js';
import type { PhaseKey } from '../workbook/template.js';

/** Names of the event document's root types. */
export const EVENT_ROOTS = {
  info: 'info',
  phases: 'phases',
  tables: 'tables',
  live: 'live',
  phaseByTable: 'phaseByTable',
} as const;

/** Keys of the `info` map. */
export const INFO_FIELDS = {
  title: 'title',
  organiser: 'organiser',
  date: 'date',
  language: 'language',
} as const;

/** Keys of one phase's Y.Map. */
export const PHASE_FIELDS = {
  key: 'key',
  title: 'title',
  intro: 'intro',
  minutes: 'minutes',
  order: 'order',
  questions: 'questions',
} as const;

/** Keys of one question's Y.Map. */
export const QUESTION_FIELDS = { text: 'text', order: 'order' } as const;

/** Keys of one table's Y.Map. */
export const TABLE_FIELDS = { name: 'name', organisations: 'organisations', order: 'order' } as const;

/** Keys of the `live` map. */
export const LIVE_FIELDS = {
  currentPhaseId: 'currentPhaseId',
  timer: 'timer',
  broadcast: 'broadcast',
} as const;

/** The event's descriptive fields. */
export interface EventInfo {
  title: string;
  organiser: string;
  /** ISO date `YYYY-MM-DD`, or null when not set. */
  date: string | null;
  language: Language;
}

/** One workbook question. */
export interface Question {
  id: string;
  text: string;
  order: string;
}

/** One phase of the day with its questions (sorted). */
export interface Phase {
  id: string;
  /** Which 4-D phase this is, or null for a phase the facilitator added. */
  key: PhaseKey | null;
  title: string;
  intro: string;
  minutes: number | null;
  order: string;
  questions: Question[];
}

/** A table as the event sees it (its join code and token live in the database, never here). */
export interface EventTable {
  tableId: string;
  name: string;
  organisations: string[];
  order: string;
}

/**
 * A countdown shown on every tablet and the projector. Running when `startedAtMs` is not null;
 * elapsed time = `elapsedBeforeMs` + (now − `startedAtMs`). Times are the writer's wall clock in ms
 * since the epoch — readers on other devices correct for their own clock offset.
 */
export interface TimerState {
  durationMs: number;
  startedAtMs: number | null;
  elapsedBeforeMs: number;
}

/** A message the facilitator sends to every table ("Fem minuter kvar"). */
export interface Broadcast {
  text: string;
  sentAtMs: number;
}

/** What is happening right now. */
export interface LiveState {
  currentPhaseId: string | null;
  /** tableId → phaseId for tables the facilitator moved individually. */
  phaseByTable: Record<string, string>;
  timer: TimerState | null;
  broadcast: Broadcast | null;
}

/** A plain-object copy of the whole event document. */
export interface EventSnapshot {
  info: EventInfo;
  /** Sorted by order. */
  phases: Phase[];
  /** Sorted by order. */
  tables: EventTable[];
  live: LiveState;
}

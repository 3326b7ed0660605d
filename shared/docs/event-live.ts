/**
 * Live state of the event document: which phase each table is in, the shared timer, the broadcast.
 *
 * The timer and the broadcast are registers — one plain JSON value replaced whole — because their
 * fields only make sense together (a pause must change `startedAtMs` and `elapsedBeforeMs` at once).
 * Two facilitators pressing timer buttons at the same moment: the last write wins, never a mix.
 */
import type * as Y from 'yjs';
import { readTimer } from './event-read.js';
import { eventRoots } from './event-roots.js';
import { LIVE_FIELDS, type Broadcast, type TimerState } from './event-schema.js';
import { Origin } from './origins.js';

/**
 * Moves tables to a phase. Without `tableId`: makes `phaseId` the event's current phase and clears
 * every per-table override ("all tables to the next phase"). With `tableId`: sets that table's
 * override, or clears it when `phaseId` is null so the table follows the event again.
 */
export function setCurrentPhase(
  doc: Y.Doc,
  phaseId: string | null,
  tableId?: string,
  origin: Origin = Origin.local,
): void {
  const { live, phaseByTable } = eventRoots(doc);
  doc.transact(() => {
    if (tableId !== undefined) {
      if (phaseId === null) phaseByTable.delete(tableId);
      else phaseByTable.set(tableId, phaseId);
      return;
    }
    live.set(LIVE_FIELDS.currentPhaseId, phaseId);
    for (const key of [...phaseByTable.keys()]) phaseByTable.delete(key);
  }, origin);
}

function writeTimer(doc: Y.Doc, timer: TimerState | null, origin: Origin): void {
  const live = eventRoots(doc).live;
  doc.transact(() => live.set(LIVE_FIELDS.timer, timer), origin);
}

function currentTimer(doc: Y.Doc): TimerState | null {
  return readTimer(eventRoots(doc).live.get(LIVE_FIELDS.timer));
}

/** Starts a fresh countdown of `durationMs`, running from `nowMs`. */
export function startTimer(
  doc: Y.Doc,
  durationMs: number,
  nowMs: number,
  origin: Origin = Origin.local,
): void {
  writeTimer(doc, { durationMs: Math.max(0, durationMs), startedAtMs: nowMs, elapsedBeforeMs: 0 }, origin);
}

/** Pauses a running timer at `nowMs`, banking the time elapsed so far. Does nothing if not running. */
export function pauseTimer(doc: Y.Doc, nowMs: number, origin: Origin = Origin.local): void {
  const timer = currentTimer(doc);
  if (!timer || timer.startedAtMs === null) return;
  const elapsedBeforeMs = timer.elapsedBeforeMs + Math.max(0, nowMs - timer.startedAtMs);
  writeTimer(doc, { ...timer, startedAtMs: null, elapsedBeforeMs }, origin);
}

/** Resumes a paused timer from `nowMs`. Does nothing if there is no timer or it is running. */
export function resumeTimer(doc: Y.Doc, nowMs: number, origin: Origin = Origin.local): void {
  const timer = currentTimer(doc);
  if (!timer || timer.startedAtMs !== null) return;
  writeTimer(doc, { ...timer, startedAtMs: nowMs }, origin);
}

/** Adds `byMs` to the timer's duration (negative shortens it, never below zero). */
export function extendTimer(doc: Y.Doc, byMs: number, origin: Origin = Origin.local): void {
  const timer = currentTimer(doc);
  if (!timer) return;
  writeTimer(doc, { ...timer, durationMs: Math.max(0, timer.durationMs + byMs) }, origin);
}

/** Stops the timer and rewinds it to its full duration, paused (ready to start again). */
export function resetTimer(doc: Y.Doc, origin: Origin = Origin.local): void {
  const timer = currentTimer(doc);
  if (!timer) return;
  writeTimer(doc, { durationMs: timer.durationMs, startedAtMs: null, elapsedBeforeMs: 0 }, origin);
}

/** Removes the timer altogether (tablets and projector stop showing it). */
export function clearTimer(doc: Y.Doc, origin: Origin = Origin.local): void {
  if (currentTimer(doc) === null) return;
  writeTimer(doc, null, origin);
}

/** Milliseconds the timer has run at `nowMs` (a clock behind the writer's never counts backwards). */
export function timerElapsedMs(timer: TimerState, nowMs: number): number {
  const running = timer.startedAtMs === null ? 0 : Math.max(0, nowMs - timer.startedAtMs);
  return timer.elapsedBeforeMs + running;
}

/** Milliseconds left at `nowMs`: 0 when there is no timer or it has run out, never negative. */
export function timerRemainingMs(timer: TimerState | null, nowMs: number): number {
  if (!timer) return 0;
  return Math.max(0, timer.durationMs - timerElapsedMs(timer, nowMs));
}

/** Sends `text` to every table and the projector, or withdraws the message when `text` is null. */
export function setBroadcast(
  doc: Y.Doc,
  text: string | null,
  nowMs: number,
  origin: Origin = Origin.local,
): void {
  const live = eventRoots(doc).live;
  const broadcast: Broadcast | null = text === null ? null : { text, sentAtMs: nowMs };
  doc.transact(() => live.set(LIVE_FIELDS.broadcast, broadcast), origin);
}

import { describe, expect, it } from 'vitest';
import {
  clearTimer,
  extendTimer,
  pauseTimer,
  readLive,
  resetTimer,
  resumeTimer,
  setBroadcast,
  startTimer,
  timerElapsedMs,
  timerRemainingMs,
} from '../../shared/docs/event-doc.js';
import { replica, writesNothing } from './replicas.js';

const MINUTE_MS = 60_000;

describe('event document: timer', () => {
  it('a started timer counts down from its duration', () => {
    const doc = replica(1);
    startTimer(doc, 10 * MINUTE_MS, 1_000);
    const timer = readLive(doc).timer;
    expect(timer).toEqual({ durationMs: 10 * MINUTE_MS, startedAtMs: 1_000, elapsedBeforeMs: 0 });
    expect(timerRemainingMs(timer, 1_000 + 4 * MINUTE_MS)).toBe(6 * MINUTE_MS);
    expect(timerRemainingMs(timer, 1_000 + 11 * MINUTE_MS)).toBe(0);
    expect(timerRemainingMs(timer, 0)).toBe(10 * MINUTE_MS);
  });

  it('pausing banks elapsed time and resuming continues from there', () => {
    const doc = replica(1);
    startTimer(doc, 10 * MINUTE_MS, 0);
    pauseTimer(doc, 3 * MINUTE_MS);
    let timer = readLive(doc).timer!;
    expect(timer).toEqual({ durationMs: 10 * MINUTE_MS, startedAtMs: null, elapsedBeforeMs: 3 * MINUTE_MS });
    expect(timerRemainingMs(timer, 100 * MINUTE_MS)).toBe(7 * MINUTE_MS);
    resumeTimer(doc, 50 * MINUTE_MS);
    timer = readLive(doc).timer!;
    expect(timerRemainingMs(timer, 52 * MINUTE_MS)).toBe(5 * MINUTE_MS);
    expect(timerElapsedMs(timer, 52 * MINUTE_MS)).toBe(5 * MINUTE_MS);
  });

  it('pause and resume do nothing in the wrong state', () => {
    const doc = replica(1);
    expect(writesNothing(doc, () => pauseTimer(doc, 5))).toBe(true);
    startTimer(doc, MINUTE_MS, 0);
    expect(writesNothing(doc, () => resumeTimer(doc, 5))).toBe(true);
  });

  it('extend adds time, never below zero; reset rewinds paused; clear removes the timer', () => {
    const doc = replica(1);
    startTimer(doc, 5 * MINUTE_MS, 0);
    extendTimer(doc, 2 * MINUTE_MS);
    expect(readLive(doc).timer!.durationMs).toBe(7 * MINUTE_MS);
    extendTimer(doc, -60 * MINUTE_MS);
    expect(readLive(doc).timer!.durationMs).toBe(0);
    extendTimer(doc, 5 * MINUTE_MS);
    resetTimer(doc);
    expect(readLive(doc).timer).toEqual({ durationMs: 5 * MINUTE_MS, startedAtMs: null, elapsedBeforeMs: 0 });
    clearTimer(doc);
    expect(readLive(doc).timer).toBeNull();
    expect(timerRemainingMs(null, 0)).toBe(0);
  });
});

describe('event document: broadcast', () => {
  it('a broadcast carries its text and send time, and null withdraws it', () => {
    const doc = replica(1);
    setBroadcast(doc, 'Fem minuter kvar', 123);
    expect(readLive(doc).broadcast).toEqual({ text: 'Fem minuter kvar', sentAtMs: 123 });
    setBroadcast(doc, null, 456);
    expect(readLive(doc).broadcast).toBeNull();
  });
});

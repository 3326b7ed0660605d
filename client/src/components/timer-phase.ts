import { timerRemainingMs, type TimerState } from '../../../shared/docs/event-doc.js';

/** How a timer shows: counting down, paused, or time up (the end signal). */
export type TimerPhase = 'running' | 'paused' | 'ended';

/** Which of the three visual states a timer is in at `nowMs`. */
export function timerPhase(timer: TimerState, nowMs: number): TimerPhase {
  if (timerRemainingMs(timer, nowMs) <= 0) return 'ended';
  return timer.startedAtMs === null ? 'paused' : 'running';
}

/**
 * The facilitator's countdown as tablets, the console and the projector show it. role="timer" is not
 * a live region by default, so screen readers are not interrupted every second; the end is said once
 * through a polite live region instead.
 *
 * `data-state` is `running`, `paused` or `ended`: the stylesheet turns an ended timer into a solid
 * block reading "Tiden är ute", the end signal the whole room can see (no sound).
 */
import type { TimerState } from '../../../shared/docs/event-doc.js';
import { timerRemainingMs } from '../../../shared/docs/event-doc.js';
import { useT } from '../i18n/index.js';
import { formatDuration } from './format-duration.js';
import { timerPhase } from './timer-phase.js';
import { useNow } from './use-now.js';

interface TimerDisplayProps {
  timer: TimerState | null;
  className?: string;
  /** Shown instead of nothing when there is no timer (e.g. on the facilitator's console). */
  emptyText?: string;
}

export function TimerDisplay({ timer, className, emptyText }: TimerDisplayProps) {
  const t = useT();
  const running = timer !== null && timer.startedAtMs !== null;
  const now = useNow(running);
  if (!timer) {
    return emptyText ? <p className={`timer timer-empty ${className ?? ''}`}>{emptyText}</p> : null;
  }
  const remaining = timerRemainingMs(timer, now);
  const phase = timerPhase(timer, now);
  return (
    <div className={`timer ${className ?? ''}`} data-state={phase} data-running={running}>
      <p role="timer" className="timer-text">
        {phase === 'ended' ? t.timeUp : t.timeLeft(formatDuration(remaining))}
        {phase === 'paused' && <span className="timer-paused"> ({t.timerPaused})</span>}
      </p>
      <span className="visually-hidden" aria-live="polite">
        {phase === 'ended' ? t.timeUp : ''}
      </span>
    </div>
  );
}

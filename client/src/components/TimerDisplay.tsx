/**
 * The facilitator's countdown as tablets and the projector show it. role="timer" is not a live
 * region by default, so screen readers are not interrupted every second.
 */
import type { TimerState } from '../../../shared/docs/event-doc.js';
import { timerRemainingMs } from '../../../shared/docs/event-doc.js';
import { useT } from '../i18n/index.js';
import { formatDuration } from './format-duration.js';
import { useNow } from './use-now.js';

export function TimerDisplay({ timer, className }: { timer: TimerState | null; className?: string }) {
  const t = useT();
  const running = timer !== null && timer.startedAtMs !== null;
  const now = useNow(running);
  if (!timer) return null;
  const remaining = timerRemainingMs(timer, now);
  const text = remaining > 0 ? t.timeLeft(formatDuration(remaining)) : t.timeUp;
  return (
    <p role="timer" className={`timer ${className ?? ''}`} data-running={running}>
      {text}
      {!running && remaining > 0 && <span className="muted"> ({t.timerPaused})</span>}
    </p>
  );
}

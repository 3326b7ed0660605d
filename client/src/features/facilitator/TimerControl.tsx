/**
 * The shared countdown: start (minutes to choose, the current phase's suggestion by default), pause,
 * resume, extend, reset and remove. Every button is one op on the event document's timer register,
 * so tablets and the projector follow at once; times are this laptop's clock.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  clearTimer,
  currentPhaseFor,
  extendTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  timerRemainingMs,
  type EventSnapshot,
} from '../../../../shared/docs/event-doc.js';
import { TimerDisplay } from '../../components/TimerDisplay.js';
import { useNow } from '../../components/use-now.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { parseMinutes } from './timer-input.js';
import { serverNow } from '../../state/server-clock.js';
import { FieldError } from '../../components/FieldError.js';

const MINUTE_MS = 60_000;
const DEFAULT_MINUTES = 10;

export function TimerControl({ doc, event }: { doc: YDoc | null; event: EventSnapshot | null }) {
  const t = useT();
  const id = useId();
  const timer = event?.live.timer ?? null;
  const suggested = (event && currentPhaseFor(event, null)?.minutes) || DEFAULT_MINUTES;
  const [minutes, setMinutes] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = timer !== null && timer.startedAtMs !== null;
  const now = useNow(running);
  const remaining = timerRemainingMs(timer, now);
  const shownMinutes = minutes ?? String(suggested);

  function onStart(e: FormEvent) {
    e.preventDefault();
    const value = parseMinutes(shownMinutes);
    if (value === null) {
      setError(t.timerMinutesInvalid);
      return;
    }
    if (!doc) return;
    setError(null);
    startTimer(doc, Math.round(value * MINUTE_MS), serverNow());
    setMinutes(null);
  }

  const act = (fn: (d: YDoc) => void) => () => {
    if (doc) fn(doc);
  };

  return (
    <section className="panel timer-control" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.timerHeading}</h2>
      <TimerDisplay timer={timer} emptyText={t.noTimer} className="console-timer" />
      {timer && (
        <div className="button-row" role="group" aria-label={t.timerButtons}>
          {running && remaining > 0 && (
            <button type="button" className="button" onClick={act((d) => pauseTimer(d, serverNow()))}>
              {t.timerPause}
            </button>
          )}
          {!running && remaining > 0 && (
            <button
              type="button"
              className="button primary"
              onClick={act((d) => resumeTimer(d, serverNow()))}
            >
              {t.timerResume}
            </button>
          )}
          <button type="button" className="button" onClick={act((d) => extendTimer(d, MINUTE_MS))}>
            {t.timerExtend(1)}
          </button>
          <button type="button" className="button" onClick={act((d) => extendTimer(d, 5 * MINUTE_MS))}>
            {t.timerExtend(5)}
          </button>
          <button type="button" className="button subtle" onClick={act((d) => resetTimer(d))}>
            {t.timerReset}
          </button>
          <button type="button" className="button subtle" onClick={act((d) => clearTimer(d))}>
            {t.timerRemove}
          </button>
        </div>
      )}
      <form onSubmit={onStart} noValidate className="timer-start">
        <label htmlFor={`${id}-minutes`}>{t.timerMinutesLabel}</label>
        <div className="inline-fields">
          <input
            id={`${id}-minutes`}
            inputMode="decimal"
            value={shownMinutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="minutes-input"
          />
          <button type="submit" className="button primary" disabled={!doc}>
            {timer ? t.timerRestart : t.timerStart}
          </button>
        </div>
        <FieldError id={`${id}-error`} error={error} />
      </form>
    </section>
  );
}

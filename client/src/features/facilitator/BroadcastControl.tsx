/**
 * A short message to every table and the projector ("Fem minuter kvar – börja sammanfatta"). One
 * message at a time: sending replaces it, withdrawing removes it from every screen.
 */
import { useId, useState, type FormEvent } from 'react';
import { setBroadcast, type EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { serverNow } from '../../state/server-clock.js';

/** Long enough for two sentences, short enough to read from the back of the room. */
export const BROADCAST_MAX_CHARS = 200;

export function BroadcastControl({ doc, event }: { doc: YDoc | null; event: EventSnapshot | null }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = event?.live.broadcast ?? null;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setError(t.broadcastEmpty);
      return;
    }
    if (!doc) return;
    setBroadcast(doc, text.trim(), serverNow());
    setText('');
    setError(null);
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.broadcastHeading}</h2>
      {current && current.text.trim() ? (
        <div className="broadcast-current">
          <p className="eyebrow">{t.broadcastShowing}</p>
          <p className="broadcast">{current.text}</p>
          <button
            type="button"
            className="button subtle"
            onClick={() => doc && setBroadcast(doc, null, serverNow())}
          >
            {t.broadcastWithdraw}
          </button>
        </div>
      ) : (
        <p className="muted">{t.broadcastNone}</p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <label htmlFor={`${id}-text`}>{t.broadcastLabel}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={BROADCAST_MAX_CHARS}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-count`} className="char-counter">
          {t.charCounter(text.length, BROADCAST_MAX_CHARS)}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={!doc}>
          {t.broadcastSend}
        </button>
      </form>
    </section>
  );
}

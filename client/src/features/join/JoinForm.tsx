/**
 * The join-code form, used on the start page and on /join. On success the table session is kept on
 * the device and the tablet goes to its table.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { joinTable } from '../../api/endpoints.js';
import type { ApiFailure } from '../../api/http.js';
import { useT, type Dictionary } from '../../i18n/index.js';
import { saveTableSession } from '../../session/table-session.js';
import { useUiStore } from '../../state/ui-store.js';
import { checkJoinCode } from './join-code.js';
import { FieldError } from '../../components/FieldError.js';

interface JoinFormProps {
  /** A code to start with (from a QR link). */
  initialCode?: string;
  /** Submit `initialCode` at once: scanning the table card should be all it takes. */
  autoSubmit?: boolean;
  headingLevel?: 1 | 2;
}

export function JoinForm({ initialCode = '', autoSubmit = false, headingLevel = 2 }: JoinFormProps) {
  const t = useT();
  const navigate = useNavigate();
  const setEventLanguage = useUiStore((s) => s.setEventLanguage);
  const [input, setInput] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const autoSubmitted = useRef(false);
  const id = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  async function submit(value: string) {
    const check = checkJoinCode(value);
    if (!check.ok) {
      setError(check.reason === 'empty' ? t.joinEmpty : t.joinMalformed);
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await joinTable(check.code);
    setBusy(false);
    if (!result.ok) {
      setError(joinErrorText(result.error, t));
      inputRef.current?.focus();
      return;
    }
    const { eventId, tableId, tableName, language, token, docs } = result.value;
    try {
      saveTableSession(window.localStorage, { eventId, tableId, tableName, language, token, grants: docs });
    } catch {
      // Without storage the table still works until the page is reloaded.
    }
    // The table page takes over the event's language; set now so there is no flash of the other one.
    setEventLanguage(language);
    navigate(`/t/${eventId}/${tableId}`, { state: { token, grants: docs, tableName, language } });
  }

  useEffect(() => {
    if (!autoSubmit || autoSubmitted.current || !initialCode) return;
    autoSubmitted.current = true;
    void submit(initialCode);
    // Runs once for the code the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoSubmit, initialCode]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(input);
  }

  return (
    <form className="join-form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`} noValidate>
      <Heading id={`${id}-heading`}>{t.joinHeading}</Heading>
      <label htmlFor={`${id}-code`}>{t.joinCodeLabel}</label>
      <p id={`${id}-hint`} className="hint">
        {t.joinCodeHint}
      </p>
      <div className="inline-fields">
        <input
          ref={inputRef}
          id={`${id}-code`}
          className="code-input"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          enterKeyHint="go"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.joining : t.joinSubmit}
        </button>
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </form>
  );
}

function joinErrorText(error: ApiFailure, t: Dictionary): string {
  if (error.code === 'not_found') return t.joinNotFound;
  if (error.code === 'rate_limited') return t.rateLimited;
  if (error.code === 'network') return t.networkError;
  if (error.code === 'bad_request') return t.joinMalformed;
  return t.genericError;
}

/** Creates a dialogue day (POST /api/events) and then shows its links. */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreateEventRequest, CreateEventResponse, Language } from '../../../../shared/api.js';
import { createEvent } from '../../api/endpoints.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { CreatedEventLinks } from './CreatedEventLinks.js';

type Template = NonNullable<CreateEventRequest['template']>;

export function CreateEventForm({ headingId }: { headingId: string }) {
  const t = useT();
  const uiLanguage = useLanguage();
  const id = useId();
  const [title, setTitle] = useState('');
  const [organiser, setOrganiser] = useState('');
  const [date, setDate] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [template, setTemplate] = useState<Template>('ai-4d');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateEventResponse | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // The day's language defaults to the interface language until the person picks one.
  const eventLanguage = language ?? uiLanguage;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError(t.titleRequired);
      titleRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createEvent({
      title: title.trim(),
      language: eventLanguage,
      template,
      ...(organiser.trim() ? { organiser: organiser.trim() } : {}),
      ...(date ? { date } : {}),
    });
    setBusy(false);
    if (result.ok) setCreated(result.value);
    else if (result.error.code === 'network') setError(t.networkError);
    else if (result.error.code === 'rate_limited') setError(t.rateLimited);
    else setError(t.genericError);
  }

  if (created) return <CreatedEventLinks headingId={headingId} created={created} />;

  return (
    <form onSubmit={onSubmit} noValidate>
      <h2 id={headingId}>{t.createHeading}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.fieldTitle}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          aria-invalid={error === t.titleRequired ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-organiser`}>
          {t.fieldOrganiser} <span className="muted">{t.optional}</span>
        </label>
        <p id={`${id}-organiser-hint`} className="hint">
          {t.fieldOrganiserHint}
        </p>
        <input
          id={`${id}-organiser`}
          value={organiser}
          onChange={(e) => setOrganiser(e.target.value)}
          maxLength={200}
          autoComplete="organization"
          aria-describedby={`${id}-organiser-hint`}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>
          {t.fieldDate} <span className="muted">{t.optional}</span>
        </label>
        <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>{t.fieldLanguage}</legend>
        <div className="choice-row">
          {(['sv', 'en'] as const).map((lang) => (
            <label key={lang} className="choice" lang={lang}>
              <input
                type="radio"
                name={`${id}-language`}
                value={lang}
                checked={eventLanguage === lang}
                onChange={() => setLanguage(lang)}
              />
              {lang === 'sv' ? 'Svenska' : 'English'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t.fieldTemplate}</legend>
        <div className="choice-list">
          {(['ai-4d', 'empty'] as const).map((option) => (
            <div key={option}>
              <label className="choice">
                <input
                  type="radio"
                  name={`${id}-template`}
                  value={option}
                  checked={template === option}
                  onChange={() => setTemplate(option)}
                  aria-describedby={`${id}-template-${option}-hint`}
                />
                {option === 'ai-4d' ? t.templateAi4d : t.templateEmpty}
              </label>
              <p id={`${id}-template-${option}-hint`} className="choice-hint">
                {option === 'ai-4d' ? t.templateAi4dHint : t.templateEmptyHint}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t.creating : t.createSubmit}
      </button>
    </form>
  );
}

/** Adds a table (POST /api/events/:eventId/tables) with the organisations seated at it. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { createTable } from '../../api/endpoints.js';
import { useT } from '../../i18n/index.js';
import { parseOrganisations } from './organisations.js';

interface AddTableFormProps {
  eventId: string;
  token: string;
  onAdded: () => void;
}

export function AddTableForm({ eventId, token, onAdded }: AddTableFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [organisations, setOrganisations] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t.tableNameRequired);
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await createTable(eventId, token, {
      name: name.trim(),
      organisations: parseOrganisations(organisations),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code === 'network' ? t.networkError : t.genericError);
      return;
    }
    setName('');
    setOrganisations('');
    nameRef.current?.focus();
    onAdded();
  }

  return (
    <form className="add-table" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.addTableHeading}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t.tableNameLabel}</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
          aria-invalid={error === t.tableNameRequired ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-orgs`}>{t.organisationsLabel}</label>
        <p id={`${id}-orgs-hint`} className="hint">
          {t.organisationsHint}
        </p>
        <textarea
          id={`${id}-orgs`}
          value={organisations}
          onChange={(e) => setOrganisations(e.target.value)}
          rows={3}
          aria-describedby={`${id}-orgs-hint`}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {t.addTableSubmit}
      </button>
    </form>
  );
}

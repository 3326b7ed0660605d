/** Creates a success factor at the end of the list; the field stays ready for the next one. */
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/index.js';
import { useBoardActions } from './board-actions.js';

export function NewFactorForm() {
  const t = useT();
  const id = useId();
  const actions = useBoardActions();
  const [title, setTitle] = useState('');
  const [error, setError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(true);
      return;
    }
    actions.createFactor(title);
    setTitle('');
    setError(false);
  };

  return (
    <form className="board-new-factor" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t.boardNewFactorLabel}</label>
      <div className="inline-fields">
        <input
          id={id}
          value={title}
          autoComplete="off"
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button primary">
          {t.boardNewFactorSubmit}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t.boardFactorTitleRequired}
        </p>
      )}
    </form>
  );
}

/** A read-only value with a copy button (links, codes). The value stays selectable for manual copy. */
import { useId } from 'react';
import { useCopy } from './use-copy.js';
import { useT } from '../i18n/index.js';

interface CopyFieldProps {
  label: string;
  value: string;
  /** The button's text when "Kopiera" is not specific enough (e.g. "Kopiera länk för en medfacilitator"). */
  buttonLabel?: string;
  /** A sentence under the label, tied to the field with aria-describedby. */
  hint?: string;
}

export function CopyField({ label, value, buttonLabel, hint }: CopyFieldProps) {
  const t = useT();
  const id = useId();
  // Clipboard refused: select the text so Ctrl+C works.
  const { copied, copy } = useCopy(value, () => {
    const input = document.getElementById(id);
    if (input instanceof HTMLInputElement) input.select();
  });

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="inline-fields">
        <input
          id={id}
          value={value}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t.copied : (buttonLabel ?? t.copy)}
        </button>
      </div>
      {/* Said once after a copy; the button's changed text alone is not announced. */}
      <span className="visually-hidden" aria-live="polite">
        {copied ? t.copied : ''}
      </span>
    </div>
  );
}

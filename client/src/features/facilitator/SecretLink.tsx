/**
 * A link that holds a key, offered for copying without being on screen: a facilitator's laptop is
 * often mirrored to the projector. "Visa länken" shows it in a normal copy field (also the way when
 * the clipboard is refused, e.g. on plain http in a venue network).
 */
import { useId, useState } from 'react';
import { useCopy } from '../../components/use-copy.js';
import { CopyField } from '../../components/CopyField.js';
import { useT } from '../../i18n/index.js';

interface SecretLinkProps {
  label: string;
  value: string;
  copyLabel: string;
  hint: string;
}

export function SecretLink({ label, value, copyLabel, hint }: SecretLinkProps) {
  const t = useT();
  const id = useId();
  const [shown, setShown] = useState(false);
  // Clipboard refused: show the link so it can be copied by hand.
  const { copied, copy } = useCopy(value, () => setShown(true));

  return (
    <div className="secret-link" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="secret-link-label">
        {label}
      </p>
      <p className="hint">{hint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t.copied : copyLabel}
        </button>
        <button
          type="button"
          className="button subtle"
          aria-expanded={shown}
          onClick={() => setShown(!shown)}
        >
          {shown ? t.hideLink : t.showLink}
        </button>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {copied ? t.copied : ''}
      </span>
      {shown && <CopyField label={label} value={value} />}
    </div>
  );
}

/**
 * An inline "are you sure?" for destructive actions, instead of window.confirm (DESIGN §3.8): the
 * question, a danger button and a cancel button. Focus moves to cancel, the safe choice.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/index.js';

interface ConfirmRowProps {
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmRow({ question, confirmLabel, busy, onConfirm, onCancel }: ConfirmRowProps) {
  const t = useT();
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="confirm-box" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="button-row">
        <button type="button" className="button danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancelRef} className="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

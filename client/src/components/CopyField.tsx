/** A read-only value with a copy button (links, codes). The value stays selectable for manual copy. */
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/index.js';

const COPIED_NOTICE_MS = 2500;

export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure origin, permissions): select the text so Ctrl+C works.
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.select();
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="inline-fields">
        <input id={id} value={value} readOnly onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? t.copied : t.copy}
        </button>
      </div>
    </div>
  );
}

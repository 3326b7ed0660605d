/**
 * Says "Ny fas: Drömma" (politely, to screen readers) when the facilitator moves the table to
 * another phase — the heading changes silently otherwise. Quiet on first load.
 */
import { useEffect, useRef, useState } from 'react';
import type { Phase } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';

export function PhaseChangeAnnouncer({ current }: { current: Phase | null }) {
  const t = useT();
  const seen = useRef<string | null>(null);
  const [message, setMessage] = useState('');
  const id = current?.id ?? null;
  const title = current?.title ?? '';
  useEffect(() => {
    if (id === null) return;
    if (seen.current !== null && seen.current !== id) setMessage(t.phaseChanged(title));
    seen.current = id;
  }, [id, title, t]);
  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}

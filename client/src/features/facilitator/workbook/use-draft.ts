/**
 * A text field bound to a value in the event document that commits after a short pause in typing
 * and on blur, rather than on every keystroke: tablets see whole words arrive instead of every
 * letter, and the document does not collect a register write per key. While the field holds an
 * uncommitted draft it shows the draft; otherwise it shows the document's value, so a
 * co-facilitator's edit appears as soon as this person is not in the middle of typing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Pause in typing after which the draft is written to the document. */
export const DRAFT_COMMIT_MS = 600;

export interface Draft {
  value: string;
  onChange: (next: string) => void;
  /** Commits at once (blur, Enter, unmount). */
  flush: () => void;
}

export function useDraft(value: string, commit: (next: string) => void, delayMs = DRAFT_COMMIT_MS): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current === null) return false;
    commitRef.current(pending.current);
    pending.current = null;
    return true;
  }, []);

  const flush = useCallback(() => {
    write();
    setDraft(null);
  }, [write]);

  const onChange = useCallback(
    (next: string) => {
      setDraft(next);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  // Leaving the page (or the item being removed) must not lose what was typed.
  useEffect(() => () => void write(), [write]);

  return { value: draft ?? value, onChange, flush };
}

import { useEffect, useState } from 'react';

/** How long "Kopierat" stays on the button after a copy. */
const COPIED_NOTICE_MS = 2500;

/**
 * Copies `value` to the clipboard; `copied` is true for a moment afterwards. When the clipboard is
 * refused (plain http at a venue, permissions), `onRefused` offers another way (select the text…).
 */
export function useCopy(
  value: string,
  onRefused: () => void,
): { copied: boolean; copy: () => Promise<void> } {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      onRefused();
    }
  };
  return { copied, copy };
}

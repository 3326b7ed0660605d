/**
 * "för 3 minuter sedan" / "3 minutes ago" through Intl (correct plural forms in both languages);
 * under JUST_NOW_MS the caller's own word ("nyss") reads better than "för 12 sekunder sedan".
 */
import type { Language } from '../../../../shared/api.js';

export const JUST_NOW_MS = 45_000;

export function formatAgo(atMs: number, nowMs: number, language: Language, justNow: string): string {
  const ago = Math.max(0, nowMs - atMs);
  if (ago < JUST_NOW_MS) return justNow;
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const minutes = Math.round(ago / 60_000);
  if (minutes < 60) return rtf.format(-Math.max(1, minutes), 'minute');
  const hours = Math.round(ago / 3_600_000);
  if (hours < 24) return rtf.format(-hours, 'hour');
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(atMs);
}

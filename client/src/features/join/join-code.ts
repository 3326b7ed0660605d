/**
 * What a person typed (or pasted, or scanned) into the join-code field, checked before it goes to the
 * server. Forgiving on purpose: case, spaces and dashes don't matter, and a whole pasted join link
 * works too. Nothing is blocked while typing; the check runs on submit.
 */
import { isWellFormedJoinCode, normaliseJoinCode } from '../../../../shared/protocol.js';

export type JoinCodeCheck = { ok: true; code: string } | { ok: false; reason: 'empty' | 'malformed' };

export function checkJoinCode(input: string): JoinCodeCheck {
  const code = normaliseJoinCode(stripLink(input));
  if (code.length === 0) return { ok: false, reason: 'empty' };
  return isWellFormedJoinCode(code) ? { ok: true, code } : { ok: false, reason: 'malformed' };
}

/** The code a QR link carries in its fragment (`/join#ABCD-EFGH`), or null when there is none. */
export function codeFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: use the raw text and let the check decide.
  }
  return decoded.trim() ? decoded.trim() : null;
}

/** A pasted join link (`https://…/join#ABCD-EFGH`) keeps only what follows the `#`. */
function stripLink(input: string): string {
  const hash = input.lastIndexOf('#');
  return hash >= 0 ? input.slice(hash + 1) : input;
}

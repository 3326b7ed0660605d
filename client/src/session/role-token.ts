/**
 * Facilitator and projector links carry their token in the URL fragment (`/f/<eventId>#<token>`),
 * which browsers never send to a server. On first load the token moves into storage and the
 * fragment is removed from the address bar, so it does not linger on screen or in screenshots.
 */
export type LinkRole = 'facilitator' | 'projector';

const storageKey = (role: LinkRole, eventId: string) => `dialogdag:${role}:${eventId}`;

/** The token in a location hash (`#abc` → `abc`), or null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: use the text as it is; the server decides whether it is a token.
  }
  return decoded.trim() || null;
}

/** The token from the address bar's fragment, else the one stored for this event. Reads only. */
export function readRoleToken(role: LinkRole, eventId: string): string | null {
  const key = storageKey(role, eventId);
  return (
    tokenFromHash(window.location.hash) ??
    safely(() => window.sessionStorage.getItem(key)) ??
    safely(() => window.localStorage.getItem(key))
  );
}

/** Keeps a token for reloads of this event's page (this tab, and the device for later visits). */
export function storeRoleToken(role: LinkRole, eventId: string, token: string): void {
  const key = storageKey(role, eventId);
  safely(() => window.sessionStorage.setItem(key, token));
  safely(() => window.localStorage.setItem(key, token));
}

/** Removes the fragment from the address bar without a navigation. Call after reading it. */
export function stripFragment(): void {
  if (!window.location.hash) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    // Storage may be unavailable (privacy modes): the token then lives only as long as the page.
    return null;
  }
}

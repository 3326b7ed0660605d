import { useEffect, useState } from 'react';
import { readRoleToken, storeRoleToken, stripFragment, type LinkRole } from './role-token.js';

/**
 * The facilitator's or projector's token for `eventId`: read during the first render, stored and
 * stripped from the address bar after it (render stays pure, so StrictMode's double render is safe).
 */
export function useRoleToken(role: LinkRole, eventId: string): string | null {
  const [read, setRead] = useState(() => ({ eventId, token: readRoleToken(role, eventId) }));
  if (read.eventId !== eventId) setRead({ eventId, token: readRoleToken(role, eventId) });
  const token = read.eventId === eventId ? read.token : null;
  useEffect(() => {
    if (token) storeRoleToken(role, eventId, token);
    stripFragment();
  }, [role, eventId, token]);
  return token;
}

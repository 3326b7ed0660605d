/** Authentication of API calls: the bearer token must resolve, and for event routes belong to it. */
import type { IncomingMessage } from 'node:http';
import type { Storage } from '../storage/storage.js';
import { bearerToken } from '../auth/tokens.js';
import { resolveToken, type Principal } from '../auth/principal.js';
import { HttpError } from './errors.js';

export function requirePrincipal(storage: Storage, req: IncomingMessage): Principal {
  const token = bearerToken(req.headers.authorization);
  const principal = token ? resolveToken(storage, token) : null;
  if (!principal) {
    throw new HttpError('unauthorised', 'A valid token is required (Authorization: Bearer <token>).', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  return principal;
}

/** The facilitator of this event, or a 401/403 (404 for an event the token does not belong to). */
export function requireFacilitator(storage: Storage, req: IncomingMessage, eventId: string): Principal {
  const principal = requirePrincipal(storage, req);
  if (principal.eventId !== eventId) throw new HttpError('not_found', 'No such event.');
  if (principal.role !== 'facilitator') {
    throw new HttpError('forbidden', 'Only a facilitator of this event may do this.');
  }
  return principal;
}

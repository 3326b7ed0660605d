/**
 * Who is calling: the role, event and table a token grants, and the documents it may open.
 */
import { accessFor, type DocGrant, type Role } from '../../shared/protocol.js';
import type { Storage } from '../storage/storage.js';
import { hashToken } from './tokens.js';

export interface Principal {
  role: Role;
  eventId: string;
  tableId: string | null;
  tokenHash: string;
}

/** Resolves a token to its principal, or null for an unknown one. */
export function resolveToken(storage: Storage, token: string): Principal | null {
  const tokenHash = hashToken(token);
  const row = storage.findToken(tokenHash);
  return row ? { role: row.role, eventId: row.eventId, tableId: row.tableId, tokenHash } : null;
}

/** Every document of the principal's event it may open, with its access: the `docs` of API responses. */
export function grantsFor(storage: Storage, principal: Principal): DocGrant[] {
  const grants: DocGrant[] = [];
  for (const doc of storage.listDocs(principal.eventId)) {
    const access = accessFor(
      principal.role,
      doc.kind,
      doc.tableId !== null && doc.tableId === principal.tableId,
    );
    if (access === 'none') continue;
    grants.push({
      name: doc.name,
      kind: doc.kind,
      access,
      generation: doc.generation,
      ...(doc.tableId ? { tableId: doc.tableId } : {}),
    });
  }
  return grants;
}

/**
 * Tables of an event (facilitator only): list, add, rename / change organisations, remove, and
 * rotate the join code. The event document mirrors names and organisations so every client sees them.
 */
import { z } from 'zod';
import type { CreateTableResponse, ListTablesResponse, TableSummary } from '../../shared/api.js';
import { CloseCode, docName } from '../../shared/protocol.js';
import { removeTable, upsertTable } from '../../shared/docs/event-doc.js';
import { Origin } from '../../shared/docs/origins.js';
import type { TableRow } from '../storage/storage.js';
import { createTable, rotateJoinCode } from '../events/create.js';
import { grantsFor } from '../auth/principal.js';
import { readJson } from './body.js';
import { requireFacilitator } from './auth-guard.js';
import { HttpError } from './errors.js';
import { publicOrigin, type ApiDeps } from './deps.js';
import type { Router } from './router.js';

const Organisations = z.array(z.string().trim().min(1).max(200)).max(50);
const CreateTableBody = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(100),
  organisations: Organisations.default([]),
});
const UpdateTableBody = z
  .object({ name: z.string().trim().min(1).max(100).optional(), organisations: Organisations.optional() })
  .refine((b) => b.name !== undefined || b.organisations !== undefined, 'nothing to change');

function summary(row: TableRow, origin: string): TableSummary {
  return {
    tableId: row.tableId,
    name: row.name,
    organisations: row.organisations,
    joinCode: row.joinCode,
    joinUrl: `${origin}/join#${row.joinCode}`,
    docName: docName({ kind: 'table', eventId: row.eventId, tableId: row.tableId }),
  };
}

export function registerTableRoutes(router: Router, deps: ApiDeps): void {
  const { storage, registry } = deps;
  const eventDoc = (eventId: string) => docName({ kind: 'event', eventId });
  const existingTable = (eventId: string, tableId: string): TableRow => {
    const row = storage.getTable(eventId, tableId);
    if (!row) throw new HttpError('not_found', 'No such table.');
    return row;
  };

  router.add('GET', '/api/events/:eventId/tables', ({ req, params }) => {
    requireFacilitator(storage, req, params.eventId!);
    const origin = publicOrigin(deps, req);
    const body: ListTablesResponse = {
      tables: storage.listTables(params.eventId!).map((t) => summary(t, origin)),
    };
    return { status: 200, body };
  });

  router.add('POST', '/api/events/:eventId/tables', async ({ req, params }) => {
    const eventId = params.eventId!;
    const principal = requireFacilitator(storage, req, eventId);
    const body = await readJson(req, CreateTableBody);
    const row = createTable(storage, registry, eventId, body);
    const name = docName({ kind: 'table', eventId, tableId: row.tableId });
    const response: CreateTableResponse = {
      ...summary(row, publicOrigin(deps, req)),
      docs: grantsFor(storage, principal).filter((g) => g.name === name),
    };
    return { status: 201, body: response };
  });

  router.add('PATCH', '/api/events/:eventId/tables/:tableId', async ({ req, params }) => {
    const { eventId, tableId } = params as { eventId: string; tableId: string };
    requireFacilitator(storage, req, eventId);
    const body = await readJson(req, UpdateTableBody);
    existingTable(eventId, tableId);
    storage.updateTable(eventId, tableId, body);
    const row = existingTable(eventId, tableId);
    registry.write(eventDoc(eventId), (doc) => upsertTable(doc, row, Origin.server));
    return { status: 200, body: summary(row, publicOrigin(deps, req)) };
  });

  router.add('DELETE', '/api/events/:eventId/tables/:tableId', ({ req, params }) => {
    const { eventId, tableId } = params as { eventId: string; tableId: string };
    requireFacilitator(storage, req, eventId);
    existingTable(eventId, tableId);
    // The event document first: clients learn the table is gone before its socket closes, so the
    // close reads as "this table was removed", not as the whole day being gone.
    registry.write(eventDoc(eventId), (doc) => removeTable(doc, tableId, Origin.server));
    storage.deleteTable(eventId, tableId);
    registry.drop([docName({ kind: 'table', eventId, tableId })], CloseCode.documentGone, 'table removed');
    // Its tablets' tokens are gone: close their event-doc connections too.
    registry.closePeers(
      (p) => p.eventId === eventId && p.tableId === tableId,
      CloseCode.unauthorised,
      'table removed',
    );
    return { status: 204 };
  });

  router.add('POST', '/api/events/:eventId/tables/:tableId/rotate-code', ({ req, params }) => {
    const { eventId, tableId } = params as { eventId: string; tableId: string };
    requireFacilitator(storage, req, eventId);
    existingTable(eventId, tableId);
    // Tablets already at the table keep working; only the old code stops admitting new ones.
    rotateJoinCode(storage, eventId, tableId);
    return { status: 200, body: summary(existingTable(eventId, tableId), publicOrigin(deps, req)) };
  });
}

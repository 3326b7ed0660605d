/**
 * Creating events and tables: database rows, secrets and documents, shared by the REST routes and
 * the archive import. Default content is written here, at creation — never when a document loads.
 */
import type * as Y from 'yjs';
import type { CreateEventResponse } from '../../shared/api.js';
import { docName, type DocKind } from '../../shared/protocol.js';
import { upsertTable } from '../../shared/docs/event-doc.js';
import { Origin } from '../../shared/docs/origins.js';
import type { DocRow, EventRow, Storage, TableRow } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/registry.js';
import { grantsFor } from '../auth/principal.js';
import { hashToken, newEventId, newGeneration, newJoinCode, newTableId, newToken } from '../auth/tokens.js';

export type NewEvent = Pick<EventRow, 'title' | 'language' | 'organiser' | 'date'>;

/**
 * Creates an event with its event and board documents and its facilitator and projector tokens,
 * then lets `fillEventDoc` write the event document's first content. If that fails, nothing stays.
 */
export function createEvent(
  storage: Storage,
  registry: RoomRegistry,
  input: NewEvent,
  origin: string,
  fillEventDoc: (doc: Y.Doc) => void,
): CreateEventResponse {
  const eventId = newEventId();
  const facilitatorToken = newToken();
  const projectorToken = newToken();
  const docRow = (kind: Exclude<DocKind, 'table'>): DocRow => ({
    name: docName({ kind, eventId }),
    eventId,
    kind,
    tableId: null,
    generation: newGeneration(),
  });
  storage.createEvent(
    { eventId, ...input, createdAt: new Date().toISOString() },
    [docRow('event'), docRow('board')],
    [
      { tokenHash: hashToken(facilitatorToken), eventId, role: 'facilitator', tableId: null },
      { tokenHash: hashToken(projectorToken), eventId, role: 'projector', tableId: null },
    ],
  );
  try {
    registry.write(docName({ kind: 'event', eventId }), fillEventDoc);
  } catch (error) {
    storage.deleteEvent(eventId);
    throw error;
  }
  return {
    eventId,
    facilitatorToken,
    facilitatorUrl: `${origin}/f/${eventId}#${facilitatorToken}`,
    projectorUrl: `${origin}/p/${eventId}#${projectorToken}`,
    docs: grantsFor(storage, { role: 'facilitator', eventId, tableId: null, tokenHash: '' }),
  };
}

/** Join codes are unique across events; a collision (1 in ~10^11) is simply retried. */
function unusedJoinCode(storage: Storage): string {
  for (;;) {
    const code = newJoinCode();
    if (!storage.findTableByJoinCode(code)) return code;
  }
}

/** A fresh join code for a table, unique across events. */
export function rotateJoinCode(storage: Storage, eventId: string, tableId: string): void {
  storage.setJoinCode(eventId, tableId, unusedJoinCode(storage));
}

/**
 * Creates a table: its row with a fresh join code, its (empty) document, and its entry in the event
 * document so every client sees it. `writeEventDoc: false` leaves the event document to the caller.
 */
export function createTable(
  storage: Storage,
  registry: RoomRegistry,
  eventId: string,
  input: { name: string; organisations: string[] },
  writeEventDoc = true,
): TableRow {
  const row: TableRow = {
    eventId,
    tableId: newTableId(),
    name: input.name,
    organisations: input.organisations,
    joinCode: unusedJoinCode(storage),
    createdAt: new Date().toISOString(),
  };
  const name = docName({ kind: 'table', eventId, tableId: row.tableId });
  storage.createTable(row, {
    name,
    eventId,
    kind: 'table',
    tableId: row.tableId,
    generation: newGeneration(),
  });
  if (writeEventDoc)
    registry.write(docName({ kind: 'event', eventId }), (doc) => upsertTable(doc, row, Origin.server));
  return row;
}

/**
 * Reads an event's documents into the plain snapshots the report is built from. Yields to the event
 * loop between documents, so exporting a large event never holds up sync for everyone else.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { docName } from '../../shared/protocol.js';
import { readEvent } from '../../shared/docs/event-doc.js';
import { readNotes } from '../../shared/docs/table-doc.js';
import { readBoard } from '../../shared/docs/board-doc.js';
import type { ReportInput, TableNotes } from '../../shared/report/model.js';
import type { Storage } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/registry.js';

export async function loadReportInput(
  storage: Storage,
  registry: RoomRegistry,
  eventId: string,
): Promise<ReportInput> {
  const event = registry.read(docName({ kind: 'event', eventId }), readEvent);
  await yieldToEventLoop();
  const board = registry.read(docName({ kind: 'board', eventId }), readBoard);
  const tables: TableNotes[] = [];
  for (const doc of storage.listDocs(eventId)) {
    if (doc.kind !== 'table' || !doc.tableId) continue;
    await yieldToEventLoop();
    tables.push({ tableId: doc.tableId, notes: registry.read(doc.name, readNotes) });
  }
  return { event, board, tables };
}

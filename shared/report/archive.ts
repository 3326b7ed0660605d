/**
 * The JSON archive: everything needed to recreate an event — its info, workbook, tables with their
 * notes, and the board. No secrets (tokens and join codes live only in the database) and no table
 * ids: tables are keyed `t1`, `t2`… in their order, so an import gets fresh ids and an export of the
 * import equals the original archive. Phase, question, note and factor ids are kept (they are not
 * secrets), which keeps every reference inside the archive intact.
 */
import type { EventInfo, EventTable, Phase } from '../docs/event-schema.js';
import type { Factor, PlacementRegister } from '../docs/board-schema.js';
import { noteRef, parseNoteRef } from '../docs/board-schema.js';
import type { Note } from '../docs/table-doc.js';
import type { ReportInput } from './model.js';

export const ARCHIVE_FORMAT = 'dialogdag-archive';
export const ARCHIVE_VERSION = 1;

export interface ArchiveTable {
  key: string;
  name: string;
  organisations: string[];
  order: string;
  notes: Note[];
}

export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  version: typeof ARCHIVE_VERSION;
  event: { info: EventInfo; phases: Phase[] };
  tables: ArchiveTable[];
  board: {
    factors: Factor[];
    /** Keyed `<tableKey>:<noteId>`. */
    placements: Record<string, PlacementRegister>;
    excerpts: Record<string, string>;
    intro: string;
    reflections: string;
  };
}

const sortedRecord = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Builds the archive from the event's snapshots. Deterministic for the same state. */
export function exportArchive(input: ReportInput): Archive {
  const notesByTable = new Map(input.tables.map((t) => [t.tableId, t.notes]));
  const keyOf = new Map(input.event.tables.map((t, i) => [t.tableId, `t${i + 1}`]));
  const rekey = (ref: string): string | null => {
    const parsed = parseNoteRef(ref);
    const key = parsed && keyOf.get(parsed.tableId);
    return parsed && key ? `${key}:${parsed.noteId}` : null;
  };
  const rekeyed = <T>(record: Record<string, T>): [string, T][] =>
    Object.entries(record).flatMap(([ref, value]) => {
      const key = rekey(ref);
      return key ? [[key, value] as [string, T]] : [];
    });

  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    event: { info: input.event.info, phases: input.event.phases },
    tables: input.event.tables.map((t: EventTable) => ({
      key: keyOf.get(t.tableId)!,
      name: t.name,
      organisations: t.organisations,
      order: t.order,
      notes: notesByTable.get(t.tableId) ?? [],
    })),
    board: {
      factors: input.board.factors,
      placements: sortedRecord(
        rekeyed(input.board.placements).map(([ref, p]) => [ref, { factorId: p.factorId, order: p.order }]),
      ),
      excerpts: sortedRecord(rekeyed(input.board.excerpts)),
      intro: input.board.intro,
      reflections: input.board.reflections,
    },
  };
}

/** Maps the archive's `<tableKey>:<noteId>` refs to the new tables' ids. */
export function remapArchiveRefs<T>(
  record: Record<string, T>,
  tableIdOfKey: Map<string, string>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [ref, value] of Object.entries(record)) {
    const parsed = parseNoteRef(ref);
    const tableId = parsed && tableIdOfKey.get(parsed.tableId);
    if (parsed && tableId) out[noteRef(tableId, parsed.noteId)] = value;
  }
  return out;
}

/**
 * The storage interface the server depends on. SQLite implements it today; a PostgreSQL
 * implementation can follow for scale-out without touching the sync room or the API handlers.
 *
 * All methods are synchronous on purpose: better-sqlite3 is synchronous, and it lets the sync room
 * append an update and only then broadcast it, in one uninterrupted step.
 */
import type { DocKind, Role } from '../../shared/protocol.js';
import type { Language } from '../../shared/api.js';

export interface EventRow {
  eventId: string;
  title: string;
  language: Language;
  organiser: string;
  date: string | null;
  createdAt: string;
}

export interface TableRow {
  eventId: string;
  tableId: string;
  name: string;
  organisations: string[];
  /** Normalised join code. */
  joinCode: string;
  createdAt: string;
}

export interface TokenRow {
  tokenHash: string;
  eventId: string;
  role: Role;
  tableId: string | null;
}

export interface DocRow {
  name: string;
  eventId: string;
  kind: DocKind;
  tableId: string | null;
  generation: string;
}

/** What a document's persisted state is: an optional snapshot plus the log of updates after it. */
export interface StoredDocState {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Id of the last log row included, for compaction. */
  lastUpdateId: number;
}

export interface Storage {
  createEvent(event: EventRow, docs: DocRow[], tokens: TokenRow[]): void;
  getEvent(eventId: string): EventRow | null;
  /** Removes every row of the event: tables, tokens, docs, snapshots and updates. */
  deleteEvent(eventId: string): void;

  createTable(table: TableRow, doc: DocRow): void;
  getTable(eventId: string, tableId: string): TableRow | null;
  listTables(eventId: string): TableRow[];
  updateTable(eventId: string, tableId: string, patch: { name?: string; organisations?: string[] }): void;
  setJoinCode(eventId: string, tableId: string, joinCode: string): void;
  /** Removes the table, its document (with its log) and its tokens. */
  deleteTable(eventId: string, tableId: string): void;
  findTableByJoinCode(joinCode: string): TableRow | null;

  addToken(token: TokenRow): void;
  findToken(tokenHash: string): TokenRow | null;

  getDoc(name: string): DocRow | null;
  listDocs(eventId: string): DocRow[];

  loadDocState(name: string): StoredDocState;
  /** Appends one update to the document's log; returns its row id. */
  appendUpdate(name: string, update: Uint8Array): number;
  /**
   * Appends `updates[i]` to the log of `names[i]` for every i, in one transaction (all or none);
   * returns the row ids in the same order. One commit instead of one per update: the group commit
   * of everything that arrived in one event-loop turn.
   */
  appendUpdates(names: readonly string[], updates: readonly Uint8Array[]): number[];
  /** Replaces log rows up to `upToId` with `snapshot`, atomically. */
  compact(name: string, snapshot: Uint8Array, upToId: number): void;
  countUpdates(name: string): number;

  /** Cheap round trip to prove the database answers (health check). */
  ping(): void;
  close(): void;
}

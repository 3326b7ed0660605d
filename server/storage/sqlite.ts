/**
 * SQLite storage (better-sqlite3 12, WAL). One file, `dialogdag.sqlite`, in DATA_DIR.
 *
 * `secure_delete` is on and a deleted event is followed by a truncating WAL checkpoint, so deleted
 * notes do not linger in free pages or the WAL: GDPR deletion means gone from the files too. All other
 * checkpoints run in a worker thread (./checkpointer.ts), never inside an append.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocRow, EventRow, Storage, StoredDocState, TableRow, TokenRow } from './storage.js';
import { startCheckpointer, type CheckpointerOptions } from './checkpointer.js';
import type { DocKind, Role } from '../../shared/protocol.js';
import type { Language } from '../../shared/api.js';

export const DB_FILE_NAME = 'dialogdag.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  event_id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  organiser TEXT NOT NULL,
  date TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tables (
  event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
  table_id TEXT NOT NULL,
  name TEXT NOT NULL,
  organisations TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (event_id, table_id)
);
CREATE TABLE IF NOT EXISTS tokens (
  token_hash TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  table_id TEXT
);
CREATE INDEX IF NOT EXISTS tokens_by_table ON tokens(event_id, table_id);
CREATE TABLE IF NOT EXISTS docs (
  name TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  table_id TEXT,
  generation TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_by_event ON docs(event_id);
CREATE TABLE IF NOT EXISTS snapshots (
  name TEXT PRIMARY KEY REFERENCES docs(name) ON DELETE CASCADE,
  data BLOB NOT NULL,
  upto_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL REFERENCES docs(name) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_doc ON updates(name, id);
CREATE TABLE IF NOT EXISTS health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  checked_at TEXT NOT NULL
);
`;

export type SynchronousMode = 'NORMAL' | 'FULL';

interface EventDbRow {
  event_id: string;
  title: string;
  language: string;
  organiser: string;
  date: string | null;
  created_at: string;
}
interface TableDbRow {
  event_id: string;
  table_id: string;
  name: string;
  organisations: string;
  join_code: string;
  created_at: string;
}

const toEvent = (r: EventDbRow): EventRow => ({
  eventId: r.event_id,
  title: r.title,
  language: r.language as Language,
  organiser: r.organiser,
  date: r.date,
  createdAt: r.created_at,
});

const toTable = (r: TableDbRow): TableRow => ({
  eventId: r.event_id,
  tableId: r.table_id,
  name: r.name,
  organisations: JSON.parse(r.organisations) as string[],
  joinCode: r.join_code,
  createdAt: r.created_at,
});

/** Opens (creating if needed) the database in `dataDir`. */
export function openSqliteStorage(
  dataDir: string,
  synchronous: SynchronousMode = 'NORMAL',
  checkpoints: CheckpointerOptions = {},
): Storage {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE_NAME);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const checkpointer = startCheckpointer(db, file, checkpoints);

  const q = {
    insertEvent: db.prepare(
      'INSERT INTO events (event_id, title, language, organiser, date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getEvent: db.prepare('SELECT * FROM events WHERE event_id = ?'),
    deleteUpdatesOfEvent: db.prepare(
      'DELETE FROM updates WHERE name IN (SELECT name FROM docs WHERE event_id = ?)',
    ),
    deleteSnapshotsOfEvent: db.prepare(
      'DELETE FROM snapshots WHERE name IN (SELECT name FROM docs WHERE event_id = ?)',
    ),
    deleteDocsOfEvent: db.prepare('DELETE FROM docs WHERE event_id = ?'),
    deleteTokensOfEvent: db.prepare('DELETE FROM tokens WHERE event_id = ?'),
    deleteTablesOfEvent: db.prepare('DELETE FROM tables WHERE event_id = ?'),
    deleteEvent: db.prepare('DELETE FROM events WHERE event_id = ?'),
    insertTable: db.prepare(
      'INSERT INTO tables (event_id, table_id, name, organisations, join_code, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getTable: db.prepare('SELECT * FROM tables WHERE event_id = ? AND table_id = ?'),
    listTables: db.prepare('SELECT * FROM tables WHERE event_id = ? ORDER BY created_at, table_id'),
    renameTable: db.prepare('UPDATE tables SET name = ? WHERE event_id = ? AND table_id = ?'),
    setOrganisations: db.prepare('UPDATE tables SET organisations = ? WHERE event_id = ? AND table_id = ?'),
    setJoinCode: db.prepare('UPDATE tables SET join_code = ? WHERE event_id = ? AND table_id = ?'),
    deleteTable: db.prepare('DELETE FROM tables WHERE event_id = ? AND table_id = ?'),
    deleteTokensOfTable: db.prepare('DELETE FROM tokens WHERE event_id = ? AND table_id = ?'),
    tableByCode: db.prepare('SELECT * FROM tables WHERE join_code = ?'),
    insertToken: db.prepare('INSERT INTO tokens (token_hash, event_id, role, table_id) VALUES (?, ?, ?, ?)'),
    findToken: db.prepare('SELECT * FROM tokens WHERE token_hash = ?'),
    insertDoc: db.prepare(
      'INSERT INTO docs (name, event_id, kind, table_id, generation) VALUES (?, ?, ?, ?, ?)',
    ),
    getDoc: db.prepare('SELECT * FROM docs WHERE name = ?'),
    listDocs: db.prepare('SELECT * FROM docs WHERE event_id = ? ORDER BY name'),
    deleteDoc: db.prepare('DELETE FROM docs WHERE name = ?'),
    deleteUpdatesOfDoc: db.prepare('DELETE FROM updates WHERE name = ?'),
    deleteSnapshotOfDoc: db.prepare('DELETE FROM snapshots WHERE name = ?'),
    getSnapshot: db.prepare('SELECT data, upto_id FROM snapshots WHERE name = ?'),
    getUpdates: db.prepare('SELECT id, data FROM updates WHERE name = ? ORDER BY id'),
    appendUpdate: db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)'),
    upsertSnapshot: db.prepare(
      'INSERT INTO snapshots (name, data, upto_id) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data, upto_id = excluded.upto_id',
    ),
    deleteUpdatesUpTo: db.prepare('DELETE FROM updates WHERE name = ? AND id <= ?'),
    countUpdates: db.prepare('SELECT COUNT(*) AS n FROM updates WHERE name = ?'),
    // A write, not a read: a full disk or a read-only file must make the health check fail.
    ping: db.prepare(
      'INSERT INTO health (id, checked_at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET checked_at = excluded.checked_at',
    ),
  };

  const insertDocRow = (d: DocRow): void => {
    q.insertDoc.run(d.name, d.eventId, d.kind, d.tableId, d.generation);
  };
  const insertTokenRow = (t: TokenRow): void => {
    q.insertToken.run(t.tokenHash, t.eventId, t.role, t.tableId);
  };
  const deleteDocRows = (name: string): void => {
    q.deleteUpdatesOfDoc.run(name);
    q.deleteSnapshotOfDoc.run(name);
    q.deleteDoc.run(name);
  };

  const createEvent = db.transaction((event: EventRow, docs: DocRow[], tokens: TokenRow[]) => {
    q.insertEvent.run(
      event.eventId,
      event.title,
      event.language,
      event.organiser,
      event.date,
      event.createdAt,
    );
    docs.forEach(insertDocRow);
    tokens.forEach(insertTokenRow);
  });

  const deleteEvent = db.transaction((eventId: string) => {
    q.deleteUpdatesOfEvent.run(eventId);
    q.deleteSnapshotsOfEvent.run(eventId);
    q.deleteDocsOfEvent.run(eventId);
    q.deleteTokensOfEvent.run(eventId);
    q.deleteTablesOfEvent.run(eventId);
    q.deleteEvent.run(eventId);
  });

  const createTable = db.transaction((t: TableRow, doc: DocRow) => {
    q.insertTable.run(t.eventId, t.tableId, t.name, JSON.stringify(t.organisations), t.joinCode, t.createdAt);
    insertDocRow(doc);
  });

  const updateTable = db.transaction(
    (eventId: string, tableId: string, patch: { name?: string; organisations?: string[] }) => {
      if (patch.name !== undefined) q.renameTable.run(patch.name, eventId, tableId);
      if (patch.organisations !== undefined) {
        q.setOrganisations.run(JSON.stringify(patch.organisations), eventId, tableId);
      }
    },
  );

  const deleteTable = db.transaction((eventId: string, tableId: string, docName: string) => {
    deleteDocRows(docName);
    q.deleteTokensOfTable.run(eventId, tableId);
    q.deleteTable.run(eventId, tableId);
  });

  const appendUpdates = db.transaction((names: readonly string[], updates: readonly Uint8Array[]) => {
    const ids = new Array<number>(names.length);
    for (let i = 0; i < names.length; i++) {
      ids[i] = Number(q.appendUpdate.run(names[i], updates[i]).lastInsertRowid);
    }
    return ids;
  });

  const compact = db.transaction((name: string, snapshot: Uint8Array, upToId: number) => {
    q.upsertSnapshot.run(name, snapshot, upToId);
    q.deleteUpdatesUpTo.run(name, upToId);
  });

  return {
    createEvent: (event, docs, tokens) => createEvent(event, docs, tokens),
    getEvent: (eventId) => {
      const row = q.getEvent.get(eventId) as EventDbRow | undefined;
      return row ? toEvent(row) : null;
    },
    deleteEvent: (eventId) => {
      deleteEvent(eventId);
      // Push the deletion through the WAL into the main file and empty the WAL, so no copy of the
      // deleted pages stays on disk.
      checkpointer.truncate();
    },
    createTable: (table, doc) => createTable(table, doc),
    getTable: (eventId, tableId) => {
      const row = q.getTable.get(eventId, tableId) as TableDbRow | undefined;
      return row ? toTable(row) : null;
    },
    listTables: (eventId) => (q.listTables.all(eventId) as TableDbRow[]).map(toTable),
    updateTable: (eventId, tableId, patch) => updateTable(eventId, tableId, patch),
    setJoinCode: (eventId, tableId, joinCode) => void q.setJoinCode.run(joinCode, eventId, tableId),
    deleteTable: (eventId, tableId) => {
      const doc = (q.listDocs.all(eventId) as { name: string; table_id: string | null }[]).find(
        (d) => d.table_id === tableId,
      );
      deleteTable(eventId, tableId, doc?.name ?? '');
      checkpointer.truncate();
    },
    findTableByJoinCode: (joinCode) => {
      const row = q.tableByCode.get(joinCode) as TableDbRow | undefined;
      return row ? toTable(row) : null;
    },
    addToken: (token) => insertTokenRow(token),
    findToken: (tokenHash) => {
      const row = q.findToken.get(tokenHash) as
        { token_hash: string; event_id: string; role: string; table_id: string | null } | undefined;
      return row
        ? { tokenHash: row.token_hash, eventId: row.event_id, role: row.role as Role, tableId: row.table_id }
        : null;
    },
    getDoc: (name) => {
      const row = q.getDoc.get(name) as DocDbRow | undefined;
      return row ? toDoc(row) : null;
    },
    listDocs: (eventId) => (q.listDocs.all(eventId) as DocDbRow[]).map(toDoc),
    loadDocState: (name): StoredDocState => {
      const snap = q.getSnapshot.get(name) as { data: Buffer; upto_id: number } | undefined;
      const rows = q.getUpdates.all(name) as { id: number; data: Buffer }[];
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastUpdateId: rows.length > 0 ? rows[rows.length - 1]!.id : (snap?.upto_id ?? 0),
      };
    },
    // better-sqlite3 binds any Uint8Array view as a BLOB: no copy into a Buffer first.
    appendUpdate: (name, update) => Number(q.appendUpdate.run(name, update).lastInsertRowid),
    appendUpdates: (names, updates) => appendUpdates(names, updates),
    compact: (name, snapshot, upToId) => compact(name, snapshot, upToId),
    countUpdates: (name) => (q.countUpdates.get(name) as { n: number }).n,
    ping: () => void q.ping.run(new Date().toISOString()),
    close: () => {
      checkpointer.stop();
      db.close();
    },
  };
}

interface DocDbRow {
  name: string;
  event_id: string;
  kind: string;
  table_id: string | null;
  generation: string;
}

const toDoc = (r: DocDbRow): DocRow => ({
  name: r.name,
  eventId: r.event_id,
  kind: r.kind as DocKind,
  tableId: r.table_id,
  generation: r.generation,
});

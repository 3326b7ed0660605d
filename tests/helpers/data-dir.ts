/**
 * Looks at what the server left on disk, from outside: the files in DATA_DIR and the rows of its
 * SQLite database, opened read-only and closed again at once (a long-lived reader would hold back
 * the server's WAL checkpoints).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../server/storage/sqlite.js';

/** Every file under `dir`, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Runs `fn` on a read-only connection to the server's database. */
export function withDb<T>(dataDir: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function countRows(dataDir: string, table: string): number {
  return withDb(
    dataDir,
    (db) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n,
  );
}

/** Every row of every table, by table name. */
export function allRows(dataDir: string): Record<string, Record<string, unknown>[]> {
  return withDb(dataDir, (db) => {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const { name } of tables) {
      out[name] = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
    }
    return out;
  });
}

/** Whether any value of a row (text, or bytes of a blob) contains `needle`. */
export function rowMentions(row: Record<string, unknown>, needle: string): boolean {
  return Object.values(row).some((v) =>
    Buffer.isBuffer(v) ? v.includes(needle) : typeof v === 'string' && v.includes(needle),
  );
}

/** Relative paths of the files under `dir` whose raw bytes contain `needle` (UTF-8). */
export function filesContaining(dir: string, needle: string): string[] {
  return listFiles(dir).filter((f) =>
    fs.readFileSync(path.join(dir, f)).includes(Buffer.from(needle, 'utf8')),
  );
}

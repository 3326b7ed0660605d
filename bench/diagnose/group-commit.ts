/**
 * Diagnostic for a suggested server fix (not part of `npm run bench`): CPU per stored update when
 * every update is its own transaction (the server today) versus a group commit of the updates that
 * arrived in one event-loop turn. Same pragmas and `updates` table shape as server/storage/sqlite.ts.
 * Each commit writes every page it dirtied (table leaf + index leaf) to the WAL, so batching saves
 * page writes as well as commit overhead.
 *
 *   npx tsx bench/diagnose/group-commit.ts [appends=30000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const total = Number(process.argv[2] ?? 30_000);
const DOCS = 50;

function run(batch: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-group-'));
  const db = new Database(path.join(dir, 'x.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.exec(`CREATE TABLE updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX updates_by_doc ON updates(name, id);`);
  const insert = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const many = db.transaction((rows: number[]) => {
    for (const i of rows) insert.run(`table.abcdefghijkl.doc${String(i % DOCS).padStart(5, '0')}`, update);
  });
  const update = Buffer.alloc(40, 7);
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < total; i += batch) {
    if (batch === 1) insert.run(`table.abcdefghijkl.doc${String(i % DOCS).padStart(5, '0')}`, update);
    else many(Array.from({ length: batch }, (_, k) => i + k));
  }
  const used = process.cpuUsage(cpu);
  const walBytes = fs.statSync(path.join(dir, 'x.sqlite-wal'), { throwIfNoEntry: false })?.size ?? 0;
  console.log(
    `${batch === 1 ? 'one transaction per update' : `group commit of ${batch}`}: ` +
      `${(((used.user + used.system) / total) | 0).toString()} µs CPU per update, ` +
      `${((performance.now() - t) / total).toFixed(3)} ms wall, WAL now ${Math.round(walBytes / 1024)} KB`,
  );
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

for (const batch of [1, 2, 5, 20]) run(batch);

/**
 * Diagnostic for a suggested server fix (not part of `npm run bench`): the append stalls that
 * diagnose/storage-stalls.ts shows come from SQLite's automatic WAL checkpoint, which runs (and
 * fsyncs) inside whichever commit crosses 1,000 WAL pages — on the event loop. This compares, on the
 * server's own pragmas and `updates` table shape:
 *   A. the default (wal_autocheckpoint = 1000, checkpoint inside an append);
 *   B. wal_autocheckpoint = 0 on the main connection, PASSIVE checkpoints every 250 ms from a worker
 *      thread with its own connection (a PASSIVE checkpoint never blocks writers in WAL mode).
 *
 *   npx tsx bench/diagnose/checkpoint-off-loop.ts [appends=30000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { round, Samples } from '../lib/stats.js';

const total = Number(process.argv[2] ?? 30_000);
const DOCS = 50;
const SCHEMA = `CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_by_doc ON updates(name, id);`;

// The checkpointer: plain JS so the worker needs no TypeScript loader.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), 250);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

async function run(offLoop: boolean): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ckpt-'));
  const file = path.join(dir, 'x.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.pragma(`wal_autocheckpoint = ${offLoop ? 0 : 1000}`);
  db.exec(SCHEMA);
  const worker = offLoop
    ? new Worker(WORKER, { eval: true, workerData: { file, module: require.resolve('better-sqlite3') } })
    : null;
  const insert = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const update = Buffer.alloc(40, 7);
  const samples = new Samples();
  let over5 = 0;
  for (let i = 0; i < total; i++) {
    const t = performance.now();
    insert.run(`table.doc${i % DOCS}`, update);
    const ms = performance.now() - t;
    samples.add(ms);
    if (ms > 5) over5++;
    // Spread the appends over time as a server would (1,000/s in bursts of 10 per 10 ms).
    if (i % 10 === 9) await new Promise((r) => setTimeout(r, 10));
  }
  worker?.postMessage('stop');
  const s = samples.summary();
  console.log(
    `${offLoop ? 'B checkpoint in a worker' : 'A autocheckpoint (default)'}: append p50 ${round(s.p50, 3)} ` +
      `p99 ${round(s.p99, 3)} max ${round(s.max, 1)} ms, ${over5} appends > 5 ms`,
  );
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const require = (await import('node:module')).createRequire(import.meta.url);
await run(false);
await run(true);

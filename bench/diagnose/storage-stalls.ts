/**
 * Diagnostic (not part of `npm run bench`): how long Dialogdag's storage calls block the event loop
 * under the throughput scenario's write pattern — 50 table docs, appends spread over them, a
 * compaction of a doc after every 500 of its updates (the server's default). Every call is
 * synchronous in the server, so a slow one delays every message queued behind it: this shows whether
 * storage explains the edit → peer p99.
 *
 *   npx tsx bench/diagnose/storage-stalls.ts [updates=30000] [FULL|NORMAL]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { openSqliteStorage } from '../../server/storage/sqlite.js';
import { Samples, round } from '../lib/stats.js';
import { UpdateStream } from '../lib/update-stream.js';

const total = Number(process.argv[2] ?? 30_000);
const synchronous = process.argv[3] === 'FULL' ? 'FULL' : 'NORMAL';
const DOCS = 50;
const WRITERS_PER_DOC = 4;
const COMPACT_EVERY = 500;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stalls-'));
const storage = openSqliteStorage(dir, synchronous);
const eventId = 'benchstalls1';
const names = Array.from({ length: DOCS }, (_, i) => `table.${eventId}.t${String(i).padStart(7, '0')}`);
storage.createEvent(
  { eventId, title: 'x', language: 'sv', organiser: '', date: null, createdAt: new Date().toISOString() },
  names.map((name, i) => ({
    name,
    eventId,
    kind: 'table',
    tableId: `t${String(i).padStart(7, '0')}`,
    generation: 'g',
  })),
  [],
);

const perWriter = Math.ceil(total / (DOCS * WRITERS_PER_DOC)) + 1;
const docs = names.map(() => new Y.Doc());
const streams = names.map((_, d) =>
  Array.from({ length: WRITERS_PER_DOC }, (_, w) =>
    UpdateStream.generate(1 + d * WRITERS_PER_DOC + w, perWriter),
  ),
);
const sinceCompaction = new Array<number>(DOCS).fill(0);
const lastId = new Array<number>(DOCS).fill(0);
const append = new Samples();
const compact = new Samples();
const over = { append: [0, 0], compact: [0, 0] };
const count = (kind: 'append' | 'compact', ms: number) => {
  if (ms > 5) over[kind][0]!++;
  if (ms > 20) over[kind][1]!++;
};

for (let i = 0; i < total; i++) {
  const d = i % DOCS;
  const w = Math.floor(i / DOCS) % WRITERS_PER_DOC;
  const k = Math.floor(i / (DOCS * WRITERS_PER_DOC));
  const update = streams[d]![w]!.updates[k]!;
  Y.applyUpdate(docs[d]!, update);
  let t = performance.now();
  lastId[d] = storage.appendUpdate(names[d]!, update);
  append.add(performance.now() - t);
  count('append', performance.now() - t);
  if (++sinceCompaction[d]! >= COMPACT_EVERY) {
    t = performance.now();
    storage.compact(names[d]!, Y.encodeStateAsUpdate(docs[d]!), lastId[d]!);
    compact.add(performance.now() - t);
    count('compact', performance.now() - t);
    sinceCompaction[d] = 0;
  }
}

const show = (label: string, s: Samples) => {
  const x = s.summary();
  console.log(
    `${label}: n=${x.count} p50=${round(x.p50, 3)} p99=${round(x.p99, 3)} max=${round(x.max, 1)} ms, ` +
      `total ${round((x.mean ?? 0) * x.count, 0)} ms, >5 ms: ${over[label as 'append'][0]}, >20 ms: ${over[label as 'append'][1]}`,
  );
};
console.log(
  `synchronous=${synchronous}, ${total} appends over ${DOCS} docs, compaction every ${COMPACT_EVERY}`,
);
show('append', append);
show('compact', compact);
fs.rmSync(dir, { recursive: true, force: true });

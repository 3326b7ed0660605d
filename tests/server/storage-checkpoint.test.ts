/**
 * WAL checkpoints run in a worker thread (server/storage/checkpointer.ts), never inside an append:
 * the main connection's automatic checkpoint is off, the worker keeps the WAL bounded, and a
 * deletion still empties the WAL to zero bytes while the worker is busy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, openSqliteStorage } from '../../server/storage/sqlite.js';
import type { Storage } from '../../server/storage/storage.js';
import type { CheckpointResult } from '../../server/storage/checkpointer.js';
import { tempDataDir } from '../helpers/server-process.js';

const MIB = 1024 * 1024;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const dirs: string[] = [];
const storages: Storage[] = [];
afterEach(() => {
  storages.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function open(intervalMs: number, onCheckpoint?: (r: CheckpointResult) => void, restartAfterFrames?: number) {
  const dir = tempDataDir();
  dirs.push(dir);
  const storage = openSqliteStorage(dir, 'NORMAL', {
    intervalMs,
    ...(onCheckpoint ? { onCheckpoint } : {}),
    ...(restartAfterFrames ? { restartAfterFrames } : {}),
  });
  storages.push(storage);
  storage.createEvent(
    { eventId: 'e1', title: 't', language: 'sv', organiser: 'o', date: null, createdAt: 'now' },
    [{ name: 'doc', eventId: 'e1', kind: 'table', tableId: 't1', generation: 'g' }],
    [],
  );
  const walBytes = (): number =>
    fs.statSync(path.join(dir, `${DB_FILE_NAME}-wal`), { throwIfNoEntry: false })?.size ?? 0;
  return { storage, walBytes };
}

/** 4,000 appends of 1 KB, one commit each, in chunks with short pauses (as a server sees them). */
async function stream(storage: Storage): Promise<void> {
  const update = new Uint8Array(1024).fill(7);
  for (let i = 0; i < 4000; i++) {
    storage.appendUpdate('doc', update);
    if (i % 50 === 49) await sleep(3);
  }
}

describe('WAL checkpoints off the event loop', () => {
  it('without the worker nobody checkpoints: the automatic checkpoint is off on the main connection', async () => {
    const { storage, walBytes } = open(3_600_000);
    await stream(storage);
    // ≥ 2 pages (table leaf + index leaf) per commit: SQLite's own checkpoint would cap it near 4 MiB.
    expect(walBytes()).toBeGreaterThan(16 * MIB);
  });

  it('spaced commits: passive checkpoints alone keep the WAL small (each one lets the next commit restart it)', async () => {
    const results: CheckpointResult[] = [];
    const { storage, walBytes } = open(20, (r) => results.push(r), 1_000_000);
    const update = new Uint8Array(4096).fill(7);
    // A group commit every ~5 ms, as at 1,000 edits/s; without restarts the WAL would pass 4 MiB.
    for (let i = 0; i < 150; i++) {
      storage.appendUpdates(['doc', 'doc', 'doc', 'doc', 'doc'], Array(5).fill(update));
      await sleep(5);
    }
    await sleep(100);
    expect(walBytes()).toBeLessThan(2 * MIB);
    expect(results.some((r) => r.log > 0 && r.checkpointed === r.log)).toBe(true);
    expect(storage.countUpdates('doc')).toBe(750);
  });

  it('commits back to back (no moment for a restart): a RESTART checkpoint past the frame limit bounds the WAL', async () => {
    const { storage, walBytes } = open(20, undefined, 1000);
    await stream(storage);
    await sleep(100);
    // 1,000 frames of 4 KiB, plus what one interval wrote; without the bound it passes 16 MiB (above).
    expect(walBytes()).toBeLessThan(12 * MIB);
    expect(storage.countUpdates('doc')).toBe(4000);
  });

  it('a deletion empties the WAL to zero bytes even while the worker checkpoints all the time', async () => {
    const { storage, walBytes } = open(1);
    for (let round = 0; round < 5; round++) {
      await stream(storage);
      storage.deleteEvent('e1');
      expect(walBytes()).toBe(0);
      storage.createEvent(
        { eventId: 'e1', title: 't', language: 'sv', organiser: 'o', date: null, createdAt: 'now' },
        [{ name: 'doc', eventId: 'e1', kind: 'table', tableId: 't1', generation: 'g' }],
        [],
      );
    }
  });
});

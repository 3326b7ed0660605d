/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever commit
 * crosses 1,000 WAL pages, copying pages into the main file and fsyncing it — milliseconds, on the
 * thread that relays every edit. Instead the main connection turns it off (`wal_autocheckpoint = 0`)
 * and a worker thread with a connection of its own runs a PASSIVE checkpoint every interval. A
 * passive checkpoint never blocks the writer, and once it has copied every frame the next commit
 * starts the WAL again from its beginning, so the WAL stays bounded by what one interval writes.
 * Durability is unchanged: a commit is durable once it is in the WAL.
 *
 * That restart needs a moment with no commit between the checkpoint's end and the writer's next
 * read; under a sustained burst of commits it may not come, and the WAL would grow. So when the WAL
 * holds more than `restartAfterFrames` after a passive checkpoint, the worker runs a RESTART
 * checkpoint: it holds commits back (the main thread's busy handler waits) for the little left to
 * copy and one sync, and the next commit starts the WAL from its beginning. At this server's loads
 * (1,000 edits/s) passive checkpoints alone keep the WAL to a few MB; the restart is a bound.
 *
 * Truncating checkpoints (after a deletion, so no copy of deleted pages stays in the WAL) still run
 * on the main connection: {@link Checkpointer.truncate} holds the worker off meanwhile.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export const DEFAULT_CHECKPOINT_INTERVAL_MS = 500;
/** 8,192 frames of 4 KiB pages: 32 MiB of WAL. */
export const DEFAULT_RESTART_AFTER_FRAMES = 8192;
/** What the automatic checkpoint is set back to if the worker ever dies (SQLite's default). */
const FALLBACK_AUTOCHECKPOINT_PAGES = 1000;
const JOURNAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;
const TRUNCATE_RETRY_MS = 2;
const TRUNCATE_GIVE_UP_MS = 5000;

// Plain JavaScript, run with `eval`, so the worker needs no TypeScript loader in tests or a build
// step of its own. Slot 0 of `hold` is 1 while the main thread wants the checkpoint lock itself.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const hold = new Int32Array(workerData.hold);
const timer = setInterval(() => {
  if (Atomics.load(hold, 0) !== 0) return;
  let [r] = db.pragma('wal_checkpoint(PASSIVE)');
  if (r.log > workerData.restartAfterFrames) [r] = db.pragma('wal_checkpoint(RESTART)');
  if (workerData.report) parentPort.postMessage(r);
}, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** One checkpoint's result, as `PRAGMA wal_checkpoint` reports it (frames in the WAL, copied). */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export interface Checkpointer {
  /** Copies the whole WAL into the main file and truncates it to zero bytes, on the calling thread. */
  truncate(): void;
  /** Stops the worker (its connection closes); the main connection's own close stays with the caller. */
  stop(): void;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  restartAfterFrames?: number;
  /** Called after every background checkpoint (tests watch the WAL with it). */
  onCheckpoint?: (result: CheckpointResult) => void;
}

const requireCjs = createRequire(import.meta.url);

/** Starts background checkpoints of `file`, whose main connection is `db`. */
export function startCheckpointer(
  db: Database.Database,
  file: string,
  options: CheckpointerOptions = {},
): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  // After a burst made the WAL file large, the commit that restarts it cuts the file back to this.
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
  const hold = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: requireCjs.resolve('better-sqlite3'),
      file,
      hold: hold.buffer,
      intervalMs: options.intervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS,
      restartAfterFrames: options.restartAfterFrames ?? DEFAULT_RESTART_AFTER_FRAMES,
      report: options.onCheckpoint !== undefined,
    },
  });
  // The worker never keeps the process alive; the database is safe whenever it stops.
  worker.unref();
  let stopped = false;
  if (options.onCheckpoint) worker.on('message', options.onCheckpoint);
  const fallBack = (): void => {
    // Without the worker nobody checkpoints: let SQLite do it inside commits again.
    if (!stopped && db.open) db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);

  return {
    truncate() {
      Atomics.store(hold, 0, 1);
      try {
        // A truncating checkpoint cannot start while the worker's passive one runs (SQLITE_BUSY
        // without calling the busy handler); the hold keeps the worker from starting another.
        const deadline = Date.now() + TRUNCATE_GIVE_UP_MS;
        for (;;) {
          const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
          if (result!.busy === 0) return;
          if (Date.now() > deadline) throw new Error('the WAL could not be checkpointed (busy)');
          // A sleep: slot 0 is 1 (our own hold) and nobody wakes it.
          Atomics.wait(hold, 0, 1, TRUNCATE_RETRY_MS);
        }
      } finally {
        Atomics.store(hold, 0, 0);
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
    },
  };
}

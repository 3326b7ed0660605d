/**
 * Paces the load clients' edits: a steady rate per client, or typing bursts (a few seconds of
 * keystrokes, then a pause) drawn from a seeded PRNG. One timer ticks for all clients; the send time
 * is taken at send, so the tick granularity adds no latency to the measurement.
 */
import type { LoadClient } from './load-client.js';
import { between, type Rng } from './rng.js';

export type Pattern =
  | { kind: 'steady'; perClientPerSec: number }
  | {
      kind: 'typing';
      /** Keystrokes per burst, and pause between bursts. */
      burstChars: [number, number];
      keyIntervalMs: [number, number];
      pauseMs: [number, number];
    };

export interface DriveResult {
  sent: number;
  /** Edits due while the client was disconnected (not sent: a real tablet would queue them). */
  skipped: number;
  /** Clients whose pre-generated stream ran out (a sizing error: the stream must be longer). */
  exhausted: number;
}

const TICK_MS = 5;

/** The most edits one client can make over `durationMs`: the length its stream must have. */
export function maxEditsPerClient(pattern: Pattern, durationMs: number): number {
  const perSec = pattern.kind === 'steady' ? pattern.perClientPerSec : 1000 / pattern.keyIntervalMs[0];
  return Math.ceil((perSec * durationMs) / 1000) + 2;
}

export interface Driver {
  stop(): void;
  done: Promise<DriveResult>;
}

/** Starts driving `clients` for `durationMs` (stops by itself; `stop()` ends it early). */
export function drive(clients: LoadClient[], pattern: Pattern, durationMs: number, rng: Rng): Driver {
  const start = performance.now();
  const nextAt = new Float64Array(clients.length);
  const burstLeft = new Int32Array(clients.length);
  const result: DriveResult = { sent: 0, skipped: 0, exhausted: 0 };
  const exhausted = new Uint8Array(clients.length);

  for (let i = 0; i < clients.length; i++) {
    // Spread the first edit over one period so the clients do not fire in lockstep.
    nextAt[i] =
      start +
      (pattern.kind === 'steady'
        ? rng() * (1000 / pattern.perClientPerSec)
        : between(rng, 0, pattern.pauseMs[1]));
  }

  const advance = (i: number, now: number) => {
    if (pattern.kind === 'steady') {
      nextAt[i] = nextAt[i]! + 1000 / pattern.perClientPerSec;
      // A client that fell far behind (reconnecting) resumes its pace instead of catching up in a burst.
      if (nextAt[i]! < now - 1000) nextAt[i] = now;
      return;
    }
    if (burstLeft[i]! <= 0) burstLeft[i] = Math.round(between(rng, ...pattern.burstChars));
    burstLeft[i] = burstLeft[i]! - 1;
    nextAt[i] =
      now + (burstLeft[i]! > 0 ? between(rng, ...pattern.keyIntervalMs) : between(rng, ...pattern.pauseMs));
  };

  let resolveDone!: (r: DriveResult) => void;
  const done = new Promise<DriveResult>((r) => (resolveDone = r));
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - start >= durationMs) return finish();
    for (let i = 0; i < clients.length; i++) {
      if (nextAt[i]! > now) continue;
      const client = clients[i]!;
      if (client.sendNext()) result.sent++;
      else if (client.stream && client.nextUpdate >= client.stream.length) {
        if (!exhausted[i]) result.exhausted++;
        exhausted[i] = 1;
      } else result.skipped++;
      advance(i, now);
    }
  }, TICK_MS);
  const finish = () => {
    clearInterval(timer);
    resolveDone(result);
  };
  return { stop: finish, done };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Sizes of every scenario: `full` is what the issue asks for (and what BENCHMARKS.md reports);
 * `short` runs each scenario for seconds so `npm run bench` stays under five minutes.
 */
import type { BrowserBoardConfig } from './browser-board.js';
import type { CapacityConfig } from './scenarios/capacity.js';
import type { LateJoinConfig } from './scenarios/late-join.js';
import type { RealisticDayConfig } from './scenarios/realistic-day.js';
import type { RestartConfig } from './scenarios/restart.js';
import type { ThroughputConfig } from './scenarios/throughput.js';

export interface BenchConfig {
  realisticDay: RealisticDayConfig;
  throughput: ThroughputConfig;
  capacity: CapacityConfig;
  lateJoin: LateJoinConfig;
  restart: RestartConfig;
  browser: BrowserBoardConfig;
}

export const FULL: BenchConfig = {
  realisticDay: { tables: 50, writersPerTable: 4, warmupMs: 5_000, durationMs: 60_000 },
  throughput: { tables: 50, writersPerTable: 4, editsPerSec: 1_000, warmupMs: 5_000, durationMs: 30_000 },
  capacity: {
    writersPerTable: 4,
    steps: [1_000, 2_000, 3_000, 4_000, 5_000],
    editIntervalMs: 5_000,
    settleMs: 2_000,
    windowMs: 10_000,
    p99LimitMs: 100,
  },
  lateJoin: { tables: 40, notesPerTable: 125, noteChars: 150, repeats: 3 },
  restart: {
    tables: 50,
    writersPerTable: 4,
    editsPerSec: 1_000,
    beforeKillMs: 8_000,
    afterRestartMs: 3_000,
    kills: 3,
  },
  browser: { tables: 20, notes: 2_000, placed: 1_500, drops: 100 },
};

export const SHORT: BenchConfig = {
  realisticDay: { tables: 50, writersPerTable: 4, warmupMs: 2_000, durationMs: 6_000 },
  throughput: { tables: 50, writersPerTable: 4, editsPerSec: 1_000, warmupMs: 2_000, durationMs: 6_000 },
  capacity: {
    writersPerTable: 4,
    steps: [500, 1_000],
    editIntervalMs: 5_000,
    settleMs: 1_000,
    windowMs: 5_000,
    p99LimitMs: 100,
  },
  lateJoin: { tables: 40, notesPerTable: 125, noteChars: 150, repeats: 1 },
  restart: {
    tables: 25,
    writersPerTable: 4,
    editsPerSec: 500,
    beforeKillMs: 3_000,
    afterRestartMs: 1_500,
    kills: 1,
  },
  browser: { tables: 20, notes: 2_000, placed: 1_500, drops: 20 },
};

/** The test suite's smoke run: seconds, two targets. */
export const SMOKE: BenchConfig = {
  realisticDay: { tables: 2, writersPerTable: 2, warmupMs: 200, durationMs: 800 },
  throughput: { tables: 4, writersPerTable: 2, editsPerSec: 80, warmupMs: 200, durationMs: 700 },
  capacity: {
    writersPerTable: 2,
    steps: [20],
    editIntervalMs: 500,
    settleMs: 100,
    windowMs: 1_000,
    p99LimitMs: 100,
  },
  lateJoin: { tables: 2, notesPerTable: 10, noteChars: 40, repeats: 1 },
  restart: {
    tables: 2,
    writersPerTable: 2,
    editsPerSec: 40,
    beforeKillMs: 400,
    afterRestartMs: 200,
    kills: 1,
  },
  browser: { tables: 2, notes: 20, placed: 14, drops: 2 },
};

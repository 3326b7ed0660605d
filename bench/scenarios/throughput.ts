/**
 * Scenario 2 — throughput: 200 tablets on 50 tables sending 1,000 edits/s in total (DESIGN §4's
 * baseline setup). Server CPU % of one core, edit → other tablet p50/p99, edit → durable ack p99.
 */
import type { Target } from '../targets/types.js';
import { loadRun } from './load-run.js';
import type { RunContext, ScenarioResult } from './types.js';

export interface ThroughputConfig {
  tables: number;
  writersPerTable: number;
  editsPerSec: number;
  warmupMs: number;
  durationMs: number;
}

export function throughput(target: Target, cfg: ThroughputConfig, ctx: RunContext): Promise<ScenarioResult> {
  const writers = cfg.tables * cfg.writersPerTable;
  return loadRun(
    'throughput',
    target,
    {
      tables: cfg.tables,
      writersPerTable: cfg.writersPerTable,
      facilitator: false,
      pattern: { kind: 'steady', perClientPerSec: cfg.editsPerSec / writers },
      warmupMs: cfg.warmupMs,
      durationMs: cfg.durationMs,
    },
    ctx,
    // Only our own server is profiled (in a separate run): the profile is for finding what to fix.
    target.id === 'dialogdag' ? ctx.cpuProfDir : undefined,
  );
}

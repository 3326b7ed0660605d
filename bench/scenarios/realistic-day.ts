/**
 * Scenario 1 — a realistic day: 200 tablets on 50 tables typing in bursts (a few seconds of
 * keystrokes, then a pause to talk), one facilitator connected to every document.
 */
import type { Target } from '../targets/types.js';
import { loadRun } from './load-run.js';
import type { RunContext, ScenarioResult } from './types.js';

export interface RealisticDayConfig {
  tables: number;
  writersPerTable: number;
  warmupMs: number;
  durationMs: number;
}

export function realisticDay(
  target: Target,
  cfg: RealisticDayConfig,
  ctx: RunContext,
): Promise<ScenarioResult> {
  return loadRun(
    'realisticDay',
    target,
    {
      tables: cfg.tables,
      writersPerTable: cfg.writersPerTable,
      facilitator: true,
      // 5–40 keystrokes at 4–8 per second, then 3–20 s of talking: about one keystroke per second per tablet.
      pattern: { kind: 'typing', burstChars: [5, 40], keyIntervalMs: [125, 250], pauseMs: [3_000, 20_000] },
      warmupMs: cfg.warmupMs,
      durationMs: cfg.durationMs,
    },
    ctx,
  );
}

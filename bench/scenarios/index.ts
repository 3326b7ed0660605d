/** The scenarios in the order a run goes through them. */
import type { BenchConfig } from '../config.js';
import type { Target } from '../targets/types.js';
import { capacity } from './capacity.js';
import { lateJoin } from './late-join.js';
import { realisticDay } from './realistic-day.js';
import { restart } from './restart.js';
import { throughput } from './throughput.js';
import type { RunContext, ScenarioId, ScenarioResult } from './types.js';

export const SCENARIO_ORDER: ScenarioId[] = ['realisticDay', 'throughput', 'capacity', 'lateJoin', 'restart'];

export function runScenario(
  id: ScenarioId,
  target: Target,
  config: BenchConfig,
  ctx: RunContext,
): Promise<ScenarioResult> {
  switch (id) {
    case 'realisticDay':
      return realisticDay(target, config.realisticDay, ctx);
    case 'throughput':
      return throughput(target, config.throughput, ctx);
    case 'capacity':
      return capacity(target, config.capacity, ctx);
    case 'lateJoin':
      return lateJoin(target, config.lateJoin, ctx);
    case 'restart':
      return restart(target, config.restart, ctx);
  }
}

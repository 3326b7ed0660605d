/** The shape every scenario reports, whatever it measures. */
import type { TargetId } from '../targets/types.js';

export type ScenarioId = 'realisticDay' | 'throughput' | 'capacity' | 'lateJoin' | 'restart';

export type MetricValue = number | boolean | string | null;

export interface ScenarioResult {
  scenario: ScenarioId;
  target: TargetId;
  metrics: Record<string, MetricValue>;
  notes: string[];
  error?: string;
}

export interface RunContext {
  pin: boolean;
  /** Write a CPU profile of the Dialogdag server here (`--cpu-prof`): only for a separate profiling run. */
  cpuProfDir?: string | undefined;
  log: (line: string) => void;
}

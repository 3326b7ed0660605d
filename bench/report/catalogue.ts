/** Which figures the table shows, in which order, and whether a ratio against the baselines means anything. */
import type { ScenarioId } from '../scenarios/types.js';

export interface MetricDef {
  scenario: ScenarioId;
  key: string;
  label: string;
  /** Show ours ÷ stock and ours ÷ Hocuspocus. */
  ratio: boolean;
}

export const SCENARIO_TITLES: Record<ScenarioId, string> = {
  realisticDay: '1 realistic day (200 tablets, 50 tables, typing bursts, facilitator on every doc)',
  throughput: '2 throughput (200 tablets, 50 tables, 1,000 edits/s)',
  capacity: '3 capacity (ramp, 4 per table, 1 edit / 5 s each)',
  lateJoin: '4 late join (40 tables × 125 notes, facilitator opens every doc)',
  restart: '5 restart under load (kill -9, restart on the same data)',
};

const m = (scenario: ScenarioId, key: string, label: string, ratio = true): MetricDef => ({
  scenario,
  key,
  label,
  ratio,
});

export const METRICS: MetricDef[] = [
  m('realisticDay', 'editsPerSec', 'edits/s sent', false),
  m('realisticDay', 'cpuPct', 'server CPU, % of a core'),
  m('realisticDay', 'cpuWaitPct', 'server waited for a CPU, % of time (noise)', false),
  m('realisticDay', 'peerP50Ms', 'edit → other tablet p50, ms'),
  m('realisticDay', 'peerP99Ms', 'edit → other tablet p99, ms'),
  m('realisticDay', 'facilitatorP99Ms', 'edit → facilitator p99, ms'),
  m('realisticDay', 'ackP99Ms', 'edit → durable ack p99, ms', false),
  m('realisticDay', 'rssMB', 'server RSS, MB'),
  m('realisticDay', 'converged', 'documents converged', false),
  m('throughput', 'editsPerSec', 'edits/s sent', false),
  m('throughput', 'cpuPct', 'server CPU, % of a core'),
  m('throughput', 'cpuKernelSharePct', 'of which in the kernel (socket I/O), %', false),
  m('throughput', 'cpuWaitPct', 'server waited for a CPU, % of time (noise)', false),
  m('throughput', 'peerP50Ms', 'edit → other tablet p50, ms'),
  m('throughput', 'peerP99Ms', 'edit → other tablet p99, ms'),
  m('throughput', 'ackP99Ms', 'edit → durable ack p99, ms', false),
  m('throughput', 'appliedAckP99Ms', 'edit → SyncStatus p99, ms (not durable)', false),
  m('throughput', 'rssMB', 'server RSS, MB'),
  m('throughput', 'loadGenCpuPct', 'load generator CPU, %', false),
  m('throughput', 'converged', 'documents converged', false),
  m('capacity', 'maxConnections', 'connections reached', false),
  m('capacity', 'healthyUpTo', 'healthy up to (p99 < limit, no failures)', false),
  m('capacity', 'p99Ms', 'edit → peer p99 at the top, ms'),
  m('capacity', 'kbPerConn', 'server RSS per connection, KB'),
  m('capacity', 'cpuPct', 'server CPU at the top, %'),
  m('capacity', 'cpuWaitPct', 'server waited for a CPU, % of time (noise)', false),
  m('capacity', 'broke', 'where it breaks', false),
  m('lateJoin', 'stateKB', 'table state, KB', false),
  m('lateJoin', 'syncedMs', 'every doc synced, ms (median)'),
  m('lateJoin', 'cpuPct', 'server CPU during the join, %', false),
  m('restart', 'bootMs', 'process start → healthy, ms'),
  m('restart', 'resyncMs', 'kill → every client resynced, ms (worst)'),
  m('restart', 'ackedBeforeKill', 'edits acked before the kill', false),
  m('restart', 'lostAcked', 'acked edits lost', false),
  m('restart', 'converged', 'documents converged', false),
];

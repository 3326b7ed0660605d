/** The issue's goals, evaluated on a run. Reported, never asserted. */
import type { BrowserBoardResult } from '../browser-board.js';
import type { BundleResult } from '../bundle.js';
import type { MetricValue, ScenarioId, ScenarioResult } from '../scenarios/types.js';
import type { TargetId } from '../targets/types.js';

export interface GoalResult {
  goal: string;
  /** null: not measured in this run. */
  met: boolean | null;
  detail: string;
}

export function metric(
  results: ScenarioResult[],
  scenario: ScenarioId,
  target: TargetId,
  key: string,
): MetricValue {
  return results.find((r) => r.scenario === scenario && r.target === target)?.metrics[key] ?? null;
}

const num = (v: MetricValue): number | null => (typeof v === 'number' ? v : null);
const fmt = (v: number, digits = 2) => String(Math.round(v * 10 ** digits) / 10 ** digits);

function ratioGoal(goal: string, ours: number | null, base: number | null, limit: number): GoalResult {
  if (ours === null || base === null || base === 0) return { goal, met: null, detail: 'not measured' };
  const r = ours / base;
  const by = r > limit ? `, missed by ${fmt((r / limit - 1) * 100, 1)} %` : '';
  return { goal, met: r <= limit, detail: `${fmt(r)}× (${fmt(ours, 1)} vs ${fmt(base, 1)})${by}` };
}

function limitGoal(goal: string, value: number | null, limit: number, unit: string): GoalResult {
  if (value === null) return { goal, met: null, detail: 'not measured' };
  const by = value > limit ? `, missed by ${fmt(value - limit, 1)} ${unit}` : '';
  return { goal, met: value <= limit, detail: `${fmt(value, 1)} ${unit}${by}` };
}

export function evaluateGoals(
  results: ScenarioResult[],
  bundle: BundleResult | null,
  browser: BrowserBoardResult | null,
  capacityTarget: number,
): GoalResult[] {
  const tp = (t: TargetId, k: string) => num(metric(results, 'throughput', t, k));
  const goals: GoalResult[] = [
    ratioGoal(
      'CPU at 1,000 edits/s ≤ 1.3× stock relay',
      tp('dialogdag', 'cpuPct'),
      tp('stock', 'cpuPct'),
      1.3,
    ),
    ratioGoal(
      'CPU at 1,000 edits/s ≤ 0.9× Hocuspocus',
      tp('dialogdag', 'cpuPct'),
      tp('hocuspocus', 'cpuPct'),
      0.9,
    ),
    ratioGoal(
      'edit → peer p99 ≤ 1.2× stock relay',
      tp('dialogdag', 'peerP99Ms'),
      tp('stock', 'peerP99Ms'),
      1.2,
    ),
    limitGoal('edit → durable ack p99 ≤ 10 ms', tp('dialogdag', 'ackP99Ms'), 10, 'ms'),
  ];

  const cap = (k: string) => metric(results, 'capacity', 'dialogdag', k);
  const healthy = num(cap('healthyUpTo'));
  const kb = num(cap('kbPerConn'));
  const p99 = num(cap('p99Ms'));
  const capGoal = `${capacityTarget.toLocaleString('en')} connections, p99 < 100 ms, ≤ 40 KB/conn`;
  if (healthy === null) goals.push({ goal: capGoal, met: null, detail: 'not measured' });
  else {
    const reached = healthy >= capacityTarget;
    goals.push({
      goal: capGoal,
      met: reached && p99 !== null && p99 < 100 && kb !== null && kb <= 40,
      detail: `healthy up to ${healthy}, p99 ${p99} ms, ${kb} KB/conn${kb !== null && kb > 40 ? ` (missed by ${fmt(kb - 40, 1)} KB)` : ''}`,
    });
  }

  goals.push(
    limitGoal('late join ≤ 1 s', num(metric(results, 'lateJoin', 'dialogdag', 'syncedMs')), 1000, 'ms'),
  );
  const lost = num(metric(results, 'restart', 'dialogdag', 'lostAcked'));
  goals.push(
    lost === null
      ? { goal: 'restart loses no acked edit', met: null, detail: 'not measured' }
      : { goal: 'restart loses no acked edit', met: lost === 0, detail: `${lost} lost` },
  );
  goals.push(
    browser?.available && browser.dropP95Ms !== undefined
      ? limitGoal('board drop p95 ≤ 50 ms', browser.dropP95Ms, 50, 'ms')
      : { goal: 'board drop p95 ≤ 50 ms', met: null, detail: browser?.reason ?? 'not run' },
  );
  const table = bundle?.routes.find((r) => r.route === 'table');
  goals.push(
    table
      ? limitGoal('table route ≤ 150 KB gzip', table.gzipKB, 150, 'KB')
      : { goal: 'table route ≤ 150 KB gzip', met: null, detail: bundle?.note ?? 'not run' },
  );
  return goals;
}

/**
 * Keeps the benchmark harness (bench/) from rotting: a seconds-long run of the throughput and restart
 * scenarios against Dialogdag's server and the bare relay, through the same code `npm run bench`
 * uses, down to the printed table. The figures themselves are not asserted (the machine is shared).
 */
import { describe, expect, it } from 'vitest';
import { SMOKE } from '../../bench/config.js';
import { evaluateGoals } from '../../bench/report/goals.js';
import { renderText } from '../../bench/report/table.js';
import { restart } from '../../bench/scenarios/restart.js';
import { throughput } from '../../bench/scenarios/throughput.js';
import { TARGETS } from '../../bench/targets/index.js';

const ctx = { pin: false, log: () => {} };

describe('benchmark harness smoke run', () => {
  it('measures CPU, edit → peer latency and durable acks on Dialogdag and the bare relay, and prints the table', async () => {
    const [ours, bare] = await Promise.all([
      throughput(TARGETS.dialogdag, SMOKE.throughput, ctx),
      throughput(TARGETS.bare, SMOKE.throughput, ctx),
    ]);
    expect(ours.error).toBeUndefined();
    expect(ours.metrics.editsPerSec).toBeGreaterThan(0);
    expect(ours.metrics.peerP99Ms).toBeTypeOf('number');
    expect(ours.metrics.ackP99Ms).toBeTypeOf('number');
    expect(ours.metrics.cpuPct).toBeTypeOf('number');
    expect(ours.metrics.converged).toBe(true);
    expect(bare.metrics.peerP99Ms).toBeTypeOf('number');
    expect(bare.metrics.ackP99Ms).toBeNull();

    const results = [ours, bare];
    const table = renderText({
      results,
      targets: ['dialogdag', 'bare'],
      bundle: null,
      browser: null,
      goals: evaluateGoals(results, null, null, 5000),
    });
    expect(table).toContain('edit → other tablet p99, ms');
    expect(table).toContain('edit → durable ack p99 ≤ 10 ms');
  });

  it('a kill -9 of Dialogdag under load loses no acknowledged edit and every client resyncs', async () => {
    const result = await restart(TARGETS.dialogdag, SMOKE.restart, ctx);
    expect(result.error).toBeUndefined();
    expect(result.metrics.ackedBeforeKill).toBeGreaterThan(0);
    expect(result.metrics.lostAcked).toBe(0);
    expect(result.metrics.resyncMs).toBeTypeOf('number');
    expect(result.metrics.converged).toBe(true);
  });
});

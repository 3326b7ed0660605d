/**
 * Scenario 3 — capacity: ramp up in steps to 5,000 connections (4 tablets per table), each sending
 * one edit every 5 s. Per step: server RSS per connection, edit → peer p99, CPU. It "breaks" at the
 * first step where connections fail, the server dies, or p99 exceeds the limit.
 */
import { CpuMeter, rssBytes } from '../lib/procstat.js';
import { seededRng } from '../lib/rng.js';
import { drive, sleep } from '../lib/schedule.js';
import { Session } from '../lib/session.js';
import { round } from '../lib/stats.js';
import type { Target } from '../targets/types.js';
import type { RunContext, ScenarioResult } from './types.js';

export interface CapacityConfig {
  writersPerTable: number;
  /** Total connections after each step, ascending. */
  steps: number[];
  editIntervalMs: number;
  settleMs: number;
  windowMs: number;
  p99LimitMs: number;
}

interface StepResult {
  connections: number;
  failed: number;
  connectMs: number;
  p99Ms: number | null;
  cpuPct: number | null;
  cpuWaitPct: number | null;
  rssMB: number | null;
  kbPerConn: number | null;
}

export async function capacity(
  target: Target,
  cfg: CapacityConfig,
  ctx: RunContext,
): Promise<ScenarioResult> {
  const max = cfg.steps[cfg.steps.length - 1]!;
  const tables = Math.ceil(max / cfg.writersPerTable);
  const perClientEdits = Math.ceil((cfg.steps.length * cfg.windowMs) / cfg.editIntervalMs) + 4;
  const session = await Session.open({
    target,
    pin: ctx.pin,
    tables,
    writersPerTable: 0,
    facilitator: false,
    updatesPerWriter: perClientEdits,
  });
  const steps: StepResult[] = [];
  let broke: string | null = null;
  try {
    const rssBase = rssBytes(session.server.pid) ?? 0;
    let plansUsed = 0;
    for (const total of cfg.steps) {
      const newTables = Math.ceil(total / cfg.writersPerTable) - plansUsed;
      const plans = session.provisioned.tables.slice(plansUsed, plansUsed + newTables);
      plansUsed += newTables;
      const added = session.addWriters(plans, cfg.writersPerTable);
      const t0 = performance.now();
      const failed = await session.connect(added);
      const connectMs = performance.now() - t0;
      await sleep(cfg.settleMs);
      if (!session.server.alive()) {
        broke = `server died at ${total} connections`;
        break;
      }
      session.resetSamples();
      const cpu = new CpuMeter(session.server.pid);
      cpu.start();
      const driver = drive(
        session.writers,
        { kind: 'steady', perClientPerSec: 1000 / cfg.editIntervalMs },
        cfg.windowMs,
        seededRng(total),
      );
      await driver.done;
      const p99 = session.peer.summary().p99;
      const rss = rssBytes(session.server.pid);
      const connections = session.writers.filter((w) => w.synced).length;
      const step: StepResult = {
        connections,
        failed,
        connectMs: Math.round(connectMs),
        p99Ms: round(p99),
        cpuPct: round(cpu.percent(), 1),
        cpuWaitPct: round(cpu.waitPercent(), 1),
        rssMB: rss === null ? null : round(rss / 2 ** 20, 1),
        kbPerConn: rss === null || connections === 0 ? null : round((rss - rssBase) / 1024 / connections, 1),
      };
      steps.push(step);
      ctx.log(
        `    ${target.id} ${total} conns: p99 ${step.p99Ms} ms, ${step.kbPerConn} KB/conn, cpu ${step.cpuPct} %`,
      );
      if (!session.server.alive()) broke = `server died at ${total} connections`;
      else if (failed > 0) broke = `${failed} of ${added.length} new connections failed at ${total}`;
      else if (p99 !== null && p99 > cfg.p99LimitMs)
        broke = `p99 ${round(p99)} ms > ${cfg.p99LimitMs} ms at ${total}`;
      if (broke) break;
    }
    const last = steps[steps.length - 1];
    const healthy = broke ? steps.slice(0, -1) : steps;
    return {
      scenario: 'capacity',
      target: target.id,
      metrics: {
        maxConnections: last?.connections ?? 0,
        healthyUpTo: healthy[healthy.length - 1]?.connections ?? 0,
        p99Ms: last?.p99Ms ?? null,
        kbPerConn: last?.kbPerConn ?? null,
        rssMB: last?.rssMB ?? null,
        cpuPct: last?.cpuPct ?? null,
        cpuWaitPct: last?.cpuWaitPct ?? null,
        connectMs: last?.connectMs ?? null,
        broke: broke ?? `held ${max}`,
      },
      notes: [...target.notes(session.server), ...steps.map((s) => `step ${JSON.stringify(s)}`)],
    };
  } finally {
    await session.close();
  }
}

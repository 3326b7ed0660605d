/**
 * A measured load run, shared by the realistic-day and throughput scenarios: connect the tablets
 * (and the facilitator), warm up, then measure the server's CPU, latencies and memory over a window,
 * and check that the documents converged.
 */
import { ConvergenceProbe } from '../lib/convergence.js';
import { CpuMeter, rssBytes, SelfCpuMeter } from '../lib/procstat.js';
import { seededRng } from '../lib/rng.js';
import { drive, maxEditsPerClient, sleep, type Pattern } from '../lib/schedule.js';
import { Session } from '../lib/session.js';
import { round } from '../lib/stats.js';
import type { Target } from '../targets/types.js';
import type { RunContext, ScenarioId, ScenarioResult } from './types.js';

export interface LoadRunConfig {
  tables: number;
  writersPerTable: number;
  facilitator: boolean;
  pattern: Pattern;
  warmupMs: number;
  durationMs: number;
}

const DRAIN_MS = 500;
const SEED = 7;

export async function loadRun(
  scenario: ScenarioId,
  target: Target,
  cfg: LoadRunConfig,
  ctx: RunContext,
  cpuProfDir?: string,
): Promise<ScenarioResult> {
  const session = await Session.open({
    target,
    pin: ctx.pin,
    tables: cfg.tables,
    writersPerTable: cfg.writersPerTable,
    facilitator: cfg.facilitator,
    updatesPerWriter: maxEditsPerClient(cfg.pattern, cfg.warmupMs + cfg.durationMs),
    cpuProfDir,
  });
  const probe = ConvergenceProbe.start(target, () => session.server, session.provisioned.tables);
  try {
    const rssIdle = rssBytes(session.server.pid);
    const failed = await session.connect([...session.writers, ...session.facilitators]);
    await probe?.waitSynced();

    const driver = drive(session.writers, cfg.pattern, cfg.warmupMs + cfg.durationMs, seededRng(SEED));
    await sleep(cfg.warmupMs);
    await probe?.type(20);
    session.resetSamples();
    const cpu = new CpuMeter(session.server.pid);
    const self = new SelfCpuMeter();
    cpu.start();
    const sentBefore = session.writers.reduce((n, w) => n + w.nextUpdate, 0);
    await sleep(cfg.durationMs);
    const cpuPct = cpu.percent();
    const waitPct = cpu.waitPercent();
    const kernelShare = cpu.systemShare();
    const loadCpuPct = self.percent();
    const sentInWindow = session.writers.reduce((n, w) => n + w.nextUpdate, 0) - sentBefore;
    const rss = rssBytes(session.server.pid);
    driver.stop();
    const driven = await driver.done;
    await sleep(DRAIN_MS);

    const converged = probe ? await probe.check(session.writers) : null;
    const peer = session.peer.summary();
    const fac = session.toFacilitator.summary();
    const ack = session.ack.summary();
    const connections = session.writers.length + session.facilitators.length;
    const notes = target.notes(session.server);
    if (failed > 0) notes.push(`${failed} of ${connections} connections failed`);
    if (driven.exhausted > 0) notes.push(`${driven.exhausted} clients ran out of updates (sizing bug)`);
    if (converged && !converged.ok) notes.push(`NOT CONVERGED: ${converged.detail}`);
    if (loadCpuPct > 80)
      notes.push(`load generator at ${Math.round(loadCpuPct)} % of its core: figures may be capped`);
    return {
      scenario,
      target: target.id,
      metrics: {
        connections,
        editsPerSec: round(sentInWindow / (cfg.durationMs / 1000), 0),
        cpuPct: round(cpuPct, 1),
        cpuKernelSharePct: round(kernelShare, 0),
        cpuWaitPct: round(waitPct, 1),
        peerP50Ms: round(peer.p50),
        peerP99Ms: round(peer.p99),
        facilitatorP99Ms: cfg.facilitator ? round(fac.p99) : null,
        ackP99Ms: target.acks === 'durable' ? round(ack.p99) : null,
        appliedAckP99Ms: target.acks === 'applied' ? round(ack.p99) : null,
        rssMB: rss === null ? null : round(rss / 2 ** 20, 1),
        rssGrowthMB: rss === null || rssIdle === null ? null : round((rss - rssIdle) / 2 ** 20, 1),
        loadGenCpuPct: round(loadCpuPct, 0),
        converged: converged ? converged.ok : null,
      },
      notes,
    };
  } finally {
    probe?.destroy();
    await session.close();
  }
}

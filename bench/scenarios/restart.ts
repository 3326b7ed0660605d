/**
 * Scenario 5 — restart under load: tablets type at a steady rate, the server is killed with SIGKILL
 * and started again on the same data. Measured: kill → every client resynced, and how many edits
 * the server had acknowledged before the kill are missing afterwards (must be 0 for Dialogdag).
 *
 * The load clients resend only what was not acknowledged (as a durable-ack client does), so an
 * acknowledged edit the server lost stays lost and is counted: a fresh client per document reads the
 * server's state vector at the end. For Hocuspocus the "ack" is its SyncStatus message, which means
 * applied in memory (it stores debounced); it is reported for comparison, not as a defect.
 */
import * as Y from 'yjs';
import { ConvergenceProbe } from '../lib/convergence.js';
import { seededRng } from '../lib/rng.js';
import { drive, maxEditsPerClient, sleep } from '../lib/schedule.js';
import { Session } from '../lib/session.js';
import { round } from '../lib/stats.js';
import type { LoadClient } from '../lib/load-client.js';
import type { RealClient, Target } from '../targets/types.js';
import type { RunContext, ScenarioResult } from './types.js';

export interface RestartConfig {
  tables: number;
  writersPerTable: number;
  editsPerSec: number;
  beforeKillMs: number;
  afterRestartMs: number;
  /** Kill/restart cycles in one run. */
  kills: number;
}

const RESYNC_TIMEOUT_MS = 30_000;
const SETTLE_TIMEOUT_MS = 10_000;

export async function restart(target: Target, cfg: RestartConfig, ctx: RunContext): Promise<ScenarioResult> {
  if (!target.persistent) {
    return {
      scenario: 'restart',
      target: target.id,
      metrics: {},
      notes: ['no persistence: a restart loses every document'],
    };
  }
  const total = cfg.beforeKillMs + cfg.kills * (cfg.afterRestartMs + RESYNC_TIMEOUT_MS);
  const pattern = {
    kind: 'steady',
    perClientPerSec: cfg.editsPerSec / (cfg.tables * cfg.writersPerTable),
  } as const;
  const session = await Session.open({
    target,
    pin: ctx.pin,
    tables: cfg.tables,
    writersPerTable: cfg.writersPerTable,
    facilitator: false,
    updatesPerWriter: maxEditsPerClient(pattern, total),
    reconnect: true,
  });
  const probe = ConvergenceProbe.start(target, () => session.server, session.provisioned.tables);
  try {
    const failed = await session.connect(session.writers);
    for (const w of session.writers) w.keepReconnecting(total);
    await probe?.waitSynced();
    const driver = drive(session.writers, pattern, total, seededRng(11));
    await sleep(cfg.beforeKillMs);
    await probe?.type(10);

    const cycles: { bootMs: number; resyncMs: number | null }[] = [];
    let ackedBeforeKill: number[] = [];
    let sentBeforeKill = 0;
    for (let k = 0; k < cfg.kills; k++) {
      if (k > 0) await sleep(cfg.afterRestartMs);
      const tKill = performance.now();
      await session.server.kill('SIGKILL');
      // Acks already in our socket buffers were sent by the server before it died: they count.
      await waitUntil(() => session.writers.every((w) => !w.synced), 5_000);
      // Acked counts only grow, so the last kill's snapshot covers the earlier ones.
      ackedBeforeKill = session.writers.map((w) => w.ackedUpdates);
      sentBeforeKill = session.writers.reduce((n, w) => n + w.nextUpdate, 0);
      const tStart = performance.now();
      await session.startServer();
      const bootMs = performance.now() - tStart;
      const resynced = await waitUntil(() => session.writers.every((w) => w.synced), RESYNC_TIMEOUT_MS);
      const probeResynced = (await probe?.waitSynced(RESYNC_TIMEOUT_MS)) ?? true;
      cycles.push({ bootMs, resyncMs: resynced && probeResynced ? performance.now() - tKill : null });
    }
    const resyncs = cycles.map((c) => c.resyncMs);
    const resyncMs = resyncs.includes(null) ? null : Math.max(...(resyncs as number[]));
    const bootMs = Math.max(...cycles.map((c) => c.bootMs));

    await sleep(cfg.afterRestartMs);
    driver.stop();
    await driver.done;
    await waitUntil(() => session.writers.every((w) => w.ackedUpdates >= w.nextUpdate), SETTLE_TIMEOUT_MS);
    const converged = probe ? await probe.check(session.writers) : null;
    const lost = await countLost(target, session, ackedBeforeKill);

    const notes = target.notes(session.server);
    if (failed > 0) notes.push(`${failed} connections failed at start`);
    if (resyncMs === null) notes.push('NOT ALL CLIENTS RESYNCED');
    notes.push(
      `kill → resynced per cycle (ms): ${resyncs.map((r) => (r === null ? 'never' : Math.round(r))).join(', ')}`,
    );
    if (converged && !converged.ok) notes.push(`NOT CONVERGED: ${converged.detail}`);
    if (target.acks === 'applied') notes.push('ack = SyncStatus (applied in memory; stored debounced)');
    return {
      scenario: 'restart',
      target: target.id,
      metrics: {
        connections: session.writers.length,
        editsBeforeKill: sentBeforeKill,
        ackedBeforeKill: ackedBeforeKill.reduce((a, b) => a + b, 0),
        bootMs: round(bootMs, 0),
        kills: cfg.kills,
        resyncMs: round(resyncMs, 0),
        lostAcked: lost,
        converged: converged ? converged.ok : null,
      },
      notes,
    };
  } finally {
    probe?.destroy();
    await session.close();
  }
}

async function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

/** Acknowledged-before-kill updates that a fresh client does not find on the server. */
async function countLost(
  target: Target,
  session: Session,
  ackedBeforeKill: number[],
): Promise<number | null> {
  const byDoc = new Map<string, LoadClient[]>();
  session.writers.forEach((w) => byDoc.set(w.spec.docName, [...(byDoc.get(w.spec.docName) ?? []), w]));
  const plans = session.provisioned.tables;
  const verifiers: RealClient[] = plans.map((p) =>
    target.realClient(session.server, p.facilitator, new Y.Doc())!,
  );
  try {
    if (!(await waitUntil(() => verifiers.every((v) => v.synced()), SETTLE_TIMEOUT_MS))) return null;
    let lost = 0;
    plans.forEach((plan, d) => {
      const sv = Y.decodeStateVector(Y.encodeStateVector(verifiers[d]!.doc));
      for (const w of byDoc.get(plan.docName) ?? []) {
        const stream = w.stream!;
        const have = sv.get(stream.clientId) ?? 0;
        const acked = ackedBeforeKill[session.writers.indexOf(w)]!;
        for (let i = 0; i < acked; i++) if (stream.clocks[i]! >= have) lost++;
      }
    });
    return lost;
  } finally {
    for (const v of verifiers) v.destroy();
  }
}

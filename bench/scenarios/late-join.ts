/**
 * Scenario 4 — late join: an event of 40 tables × 125 notes is in storage; a facilitator opens the
 * console, i.e. connects to every table document plus the event and board documents with the
 * target's own provider. Measured: until every document reports synced and holds all its notes.
 *
 * Persistent targets load from their database (the seeding clients have left, so the documents were
 * unloaded); the stock relay keeps nothing without clients, so its seeders stay connected and it
 * serves from memory — the easiest case, which is the fair way round.
 */
import * as Y from 'yjs';
import { addNote, readNotes } from '../../shared/docs/table-doc.js';
import { LoadClient, type ConnSpec } from '../lib/load-client.js';
import { CpuMeter } from '../lib/procstat.js';
import { sleep } from '../lib/schedule.js';
import { Session } from '../lib/session.js';
import { round } from '../lib/stats.js';
import { UpdateStream } from '../lib/update-stream.js';
import type { RealClient, Target } from '../targets/types.js';
import type { RunContext, ScenarioResult } from './types.js';

export interface LateJoinConfig {
  tables: number;
  notesPerTable: number;
  noteChars: number;
  /** Facilitator joins, one after the other (each loads the documents from storage again). */
  repeats: number;
}

const SEED_CLIENT_BASE = 500_000;
const SEED_TIMEOUT_MS = 30_000;
const JOIN_TIMEOUT_MS = 30_000;
/** Hocuspocus stores a document when its last client leaves; give the write time to land. */
const UNLOAD_WAIT_MS = 1_500;

const SENTENCE = 'Vi tog vara på varandras erfarenheter och hittade en gemensam väg framåt för kommunerna. ';

/** One update per note, written by a table's tablet with the table document module. */
function seedUpdates(clientId: number, notes: number, chars: number): UpdateStream {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < notes; i++) {
    const text = SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
    addNote(
      doc,
      { phaseId: 'discover', questionId: null, kind: 'story', text, lifted: i % 5 === 0 },
      undefined,
      i,
    );
  }
  doc.destroy();
  return UpdateStream.of(clientId, updates);
}

export async function lateJoin(
  target: Target,
  cfg: LateJoinConfig,
  ctx: RunContext,
): Promise<ScenarioResult> {
  if (!target.hasDoc) {
    return { scenario: 'lateJoin', target: target.id, metrics: {}, notes: ['no documents to join'] };
  }
  const session = await Session.open({
    target,
    pin: ctx.pin,
    tables: cfg.tables,
    writersPerTable: 0,
    facilitator: false,
    updatesPerWriter: 1,
  });
  const facilitator: RealClient[] = [];
  const seeders: LoadClient[] = [];
  try {
    // Seed: one client per table sends its notes; wait for the server's ack where it sends one.
    session.provisioned.tables.forEach((plan, i) => {
      const stream = seedUpdates(SEED_CLIENT_BASE + i, cfg.notesPerTable, cfg.noteChars);
      seeders.push(
        new LoadClient(
          plan.writer,
          stream,
          { registry: session.registry },
          {
            framing: target.framing,
            serverHasDoc: true,
            acks: target.acks !== 'none',
            reconnect: false,
          },
        ),
      );
    });
    await session.connect(seeders);
    for (const s of seeders) while (s.sendNext());
    const deadline = performance.now() + SEED_TIMEOUT_MS;
    if (target.acks !== 'none') {
      while (seeders.some((s) => s.ackedUpdates < cfg.notesPerTable) && performance.now() < deadline)
        await sleep(20);
    } else {
      await sleep(1_000);
    }
    if (target.persistent) {
      for (const s of seeders) s.close();
      await sleep(UNLOAD_WAIT_MS);
    }

    const specs = [
      ...session.provisioned.tables.map((p) => p.facilitator),
      ...session.provisioned.facilitatorExtras,
    ];
    const runs: JoinRun[] = [];
    for (let r = 0; r < cfg.repeats; r++) {
      runs.push(await joinOnce(target, session, specs, cfg, facilitator));
      for (const c of facilitator.splice(0)) c.destroy();
      if (target.persistent && r + 1 < cfg.repeats) await sleep(UNLOAD_WAIT_MS);
    }
    const okRuns = runs
      .filter((r) => r.ok)
      .map((r) => r.ms)
      .sort((a, b) => a - b);
    const median = okRuns.length === runs.length ? okRuns[Math.floor(okRuns.length / 2)]! : null;
    return {
      scenario: 'lateJoin',
      target: target.id,
      metrics: {
        docs: specs.length,
        notes: cfg.tables * cfg.notesPerTable,
        stateKB: round(runs[0]!.bytes / 1024, 0),
        syncedMs: round(median, 0),
        cpuPct: round(runs[0]!.cpuPct, 0),
        complete: median !== null,
      },
      notes: [
        ...target.notes(session.server),
        target.persistent ? 'documents loaded from storage' : 'served from memory (seeders stay connected)',
        `runs (ms): ${runs.map((r) => (r.ok ? Math.round(r.ms) : 'incomplete')).join(', ')}`,
      ],
    };
  } finally {
    for (const c of facilitator) c.destroy();
    for (const s of seeders) s.close();
    await session.close();
  }
}

interface JoinRun {
  ok: boolean;
  ms: number;
  bytes: number;
  cpuPct: number | null;
}

async function joinOnce(
  target: Target,
  session: Session,
  specs: ConnSpec[],
  cfg: LateJoinConfig,
  facilitator: RealClient[],
): Promise<JoinRun> {
  const cpu = new CpuMeter(session.server.pid);
  cpu.start();
  const t0 = performance.now();
  for (const spec of specs) facilitator.push(target.realClient(session.server, spec, new Y.Doc())!);
  const tables = facilitator.slice(0, cfg.tables);
  const complete = () =>
    facilitator.every((c) => c.synced()) &&
    tables.every((c) => readNotes(c.doc).length === cfg.notesPerTable);
  const deadline = t0 + JOIN_TIMEOUT_MS;
  while (!complete() && performance.now() < deadline) await sleep(2);
  const ms = performance.now() - t0;
  const bytes = tables.reduce((n, c) => n + Y.encodeStateAsUpdate(c.doc).length, 0);
  return { ok: complete(), ms, bytes, cpuPct: cpu.percent() };
}

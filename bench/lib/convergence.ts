/**
 * The correctness side of a load run: a few real Yjs clients (each target's own provider) edit some
 * documents alongside the load; afterwards every replica and a fresh client must hold the same
 * content, and that fresh client must hold every edit the load clients sent.
 */
import * as Y from 'yjs';
import { canonicalJson } from '../../shared/docs/canonical.js';
import { addNote, noteText } from '../../shared/docs/table-doc.js';
import type { DocPlan, RealClient, Target } from '../targets/types.js';
import type { LoadClient } from './load-client.js';
import type { ServerProc } from './server-proc.js';
import { sleep } from './schedule.js';

export interface ConvergenceResult {
  ok: boolean;
  /** Documents checked, and what differed if anything. */
  detail: string;
}

const CHECK_TIMEOUT_MS = 15_000;

export class ConvergenceProbe {
  private constructor(
    private readonly target: Target,
    private readonly server: () => ServerProc,
    private readonly plans: DocPlan[],
    private readonly clients: RealClient[][],
  ) {}

  /** Real clients on the first `docs` plans, `perDoc` each; null where the target has no documents. */
  static start(target: Target, server: () => ServerProc, plans: DocPlan[], docs = 2, perDoc = 2) {
    if (!target.hasDoc) return null;
    const chosen = plans.slice(0, docs);
    const clients = chosen.map((plan) =>
      Array.from({ length: perDoc }, () => target.realClient(server(), plan.writer, new Y.Doc())!),
    );
    return new ConvergenceProbe(target, server, chosen, clients);
  }

  async waitSynced(timeoutMs = CHECK_TIMEOUT_MS): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (this.clients.every((cs) => cs.every((c) => c.synced()))) return true;
      await sleep(20);
    }
    return false;
  }

  /** Each real client writes a note of `chars` keystrokes (separate transactions, as typing is). */
  async type(chars: number): Promise<void> {
    for (const group of this.clients) {
      for (const client of group) {
        const id = addNote(client.doc, { phaseId: 'discover', questionId: null, kind: 'idea' });
        const text = noteText(client.doc, id)!;
        for (let i = 0; i < chars; i++) text.insert(text.length, 'x');
      }
    }
    await sleep(0);
  }

  /** Waits until all replicas agree and a fresh client holds every load edit; bounded in time. */
  async check(writers: LoadClient[], timeoutMs = CHECK_TIMEOUT_MS): Promise<ConvergenceResult> {
    const deadline = performance.now() + timeoutMs;
    const verifiers = this.plans.map((plan) =>
      this.target.realClient(this.server(), plan.facilitator, new Y.Doc())!,
    );
    try {
      let last = '';
      while (performance.now() < deadline) {
        last = this.differences(verifiers, writers);
        if (!last) return { ok: true, detail: `${this.plans.length} docs converged` };
        await sleep(50);
      }
      return { ok: false, detail: last };
    } finally {
      for (const v of verifiers) v.destroy();
    }
  }

  private differences(verifiers: RealClient[], writers: LoadClient[]): string {
    for (let d = 0; d < this.plans.length; d++) {
      const verifier = verifiers[d]!;
      if (!verifier.synced()) return `verifier of doc ${d} not synced`;
      const reference = canonicalJson(verifier.doc);
      for (const client of this.clients[d]!) {
        if (canonicalJson(client.doc) !== reference)
          return `doc ${d}: a real client differs from a fresh one`;
      }
      const sv = Y.decodeStateVector(Y.encodeStateVector(verifier.doc));
      for (const w of writers) {
        if (w.spec.docName !== this.plans[d]!.docName || !w.stream) continue;
        const expected = w.stream.clockAfter(w.nextUpdate);
        if ((sv.get(w.stream.clientId) ?? 0) < expected) return `doc ${d}: missing edits of a load client`;
      }
    }
    return '';
  }

  destroy(): void {
    for (const group of this.clients) for (const c of group) c.destroy();
  }
}

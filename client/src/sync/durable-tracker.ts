/**
 * Knows which of this device's changes the server has stored durably, so "Sparat" is honest.
 *
 * y-websocket has no "saved" signal of its own (DESIGN §4). Dialogdag's server counts the
 * document-writing messages (sync step 2 and update) it stores per connection and acks the count
 * (shared/protocol.ts, `MessageType.durableAck`). We number the same messages as they go out, note
 * which message carried each local change, and a change is saved once the ack count reaches it.
 * That is exact for deletions too, which no state vector can describe.
 *
 * A durable state vector is kept beside it, from the server's sync step 1 (everything stored when we
 * connected), every update the server sends (it only relays what it stored) and every acked change.
 * It settles changes a lost connection left unacknowledged, and — remembered with the local copy —
 * lets a reload while offline tell restored content that is already saved from content that is not.
 *
 * Pure logic over one Y.Doc: no socket, no provider, so tests drive it with hand-made messages.
 * The caller must call `localChange` (via the doc listener installed here) before y-websocket sends
 * that change, i.e. create the tracker before the provider (listeners run in registration order).
 */
import * as Y from 'yjs';

interface PendingChange {
  /** Clock just past the last struct this change created, per client; empty for a delete-only change. */
  readonly to: Map<number, number>;
  /** Number of the message on the current connection that carried this change; null while unsent. */
  seq: number | null;
}

/** What to keep with the local copy so a reload knows what is saved (see `remembered`). */
export interface DurableMemory {
  stateVector: Uint8Array;
  /** Some deletion had not been acked: it is in the restored content but maybe not on the server. */
  unsavedDeletes: boolean;
}

export type WriteKind = 'step2' | 'update';

export interface DurableTrackerOptions {
  /** True for transaction origins whose content came from the server (already durable there). */
  isServerOrigin: (origin: unknown) => boolean;
}

export class DurableTracker {
  private readonly durable = new Map<number, number>();
  private pending: PendingChange[] = [];
  /** The change recorded by the doc update now being dispatched; y-websocket sends it right after. */
  private justRecorded: PendingChange | null = null;
  private connected = false;
  private sent = 0;
  private acked = 0;
  private readonly listeners = new Set<() => void>();
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.options.isServerOrigin(origin)) return;
    this.localChange(update);
  };

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: DurableTrackerOptions,
  ) {
    doc.on('update', this.onUpdate);
  }

  /** A change made on this device (typing, or content restored from the local copy). */
  localChange(update: Uint8Array): void {
    const change: PendingChange = { to: Y.parseUpdateMeta(update).to, seq: null };
    if (this.coveredByState(change)) {
      this.justRecorded = null;
      return;
    }
    this.justRecorded = change;
    this.pending.push(change);
    this.notify();
  }

  /** A socket opened: message numbers (ours and the server's acks) start again from zero. */
  connectionOpened(): void {
    this.connected = true;
    this.sent = 0;
    this.acked = 0;
    for (const change of this.pending) change.seq = null;
  }

  /** The socket closed: what it carried without an ack goes out again in the next step 2. */
  connectionClosed(): void {
    this.connected = false;
    for (const change of this.pending) change.seq = null;
  }

  /**
   * A document-writing message went onto the socket. A step 2 carries every struct the server lacks
   * and our whole delete set, so it carries every pending change; an update carries the one change
   * whose doc update is being dispatched.
   */
  writeSent(kind: WriteKind): void {
    if (!this.connected) return;
    this.sent++;
    if (kind === 'step2') {
      for (const change of this.pending) if (change.seq === null) change.seq = this.sent;
    } else if (this.justRecorded && this.justRecorded.seq === null) {
      this.justRecorded.seq = this.sent;
    }
    this.justRecorded = null;
  }

  /** The server stored the first `count` writing messages of this connection. */
  ack(reported: number): void {
    // Never more than we sent: a confused or hostile count must not mark unsent changes saved.
    const count = Math.min(reported, this.sent);
    if (!this.connected || count <= this.acked) return;
    this.acked = count;
    const before = this.pending.length;
    this.pending = this.pending.filter((change) => {
      if (change.seq === null || change.seq > count) return true;
      this.mergeInto(change.to);
      return false;
    });
    if (this.pending.length !== before) this.notify();
  }

  /** The server's sync step 1: its state vector, all of it stored. */
  serverStateVector(encodedStateVector: Uint8Array): void {
    this.mergeAndPrune(Y.decodeStateVector(encodedStateVector));
  }

  /** An update (step 2 or broadcast) the server sent us: the server only relays what it stored. */
  serverUpdate(update: Uint8Array): void {
    this.mergeAndPrune(Y.parseUpdateMeta(update).to);
  }

  /** What an earlier visit remembered (read back from the local copy). */
  restore(memory: DurableMemory): void {
    this.mergeAndPrune(Y.decodeStateVector(memory.stateVector));
    // The restored content holds deletions the server may lack; only an acked step 2 settles them.
    if (memory.unsavedDeletes) {
      this.pending.push({ to: new Map(), seq: null });
      this.notify();
    }
  }

  /** What to remember with the local copy. */
  remembered(): DurableMemory {
    return {
      stateVector: Y.encodeStateVector(this.durable),
      unsavedDeletes: this.pending.some((change) => change.to.size === 0),
    };
  }

  /** Number of local changes (transactions) the server has not confirmed as stored. */
  pendingCount(): number {
    return this.pending.length;
  }

  /** True only when every change made on this device is stored on the server. */
  isSaved(): boolean {
    return this.pending.length === 0;
  }

  /** Calls `listener` after the pending changes or the durable state vector changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }

  private mergeAndPrune(stateVector: Map<number, number>): void {
    const merged = this.mergeInto(stateVector);
    const before = this.pending.length;
    this.pending = this.pending.filter((change) => !this.coveredByState(change));
    if (merged || this.pending.length !== before) this.notify();
  }

  private mergeInto(stateVector: Map<number, number>): boolean {
    let changed = false;
    for (const [client, clock] of stateVector) {
      if (clock > (this.durable.get(client) ?? 0)) {
        this.durable.set(client, clock);
        changed = true;
      }
    }
    return changed;
  }

  /** A change with structs is stored once the durable state vector covers them (its deletions ride along). */
  private coveredByState(change: PendingChange): boolean {
    if (change.to.size === 0) return false;
    for (const [client, clock] of change.to) {
      if ((this.durable.get(client) ?? 0) < clock) return false;
    }
    return true;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

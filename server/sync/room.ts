/**
 * One loaded document and the connections on it. Speaks the y-websocket protocol, persists every
 * accepted update before anyone else sees it, and never knows which socket library carries it.
 *
 * The hot path per update is proportional to the update: apply (Yjs), queue the diff for the turn's
 * group commit (./write-batch.ts), and once it is in SQLite send the same encoded bytes to every
 * other peer and ack. Full-document encodes happen only on sync step 1 replies and compaction.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol.js';
import type { Storage } from '../storage/storage.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';
import { checkAwarenessUpdate, encodeAwarenessEntry } from './awareness-guard.js';
import { newPeerState, type PeerState, type SyncPeer } from './connection.js';
import type { SyncLimits } from './limits.js';
import type { BatchMember, WriteBatch } from './write-batch.js';

/** Transaction origin of writes the server makes itself (table added, event created…). */
export const SERVER_WRITE = Symbol('server-write');
/** Transaction origin while replaying storage into a fresh doc: nothing to persist or send. */
const LOADING = Symbol('loading');

/** Thrown when storage refuses an append: the update was not made durable. */
export class PersistenceError extends Error {
  constructor(docName: string, cause: unknown) {
    super(`could not persist an update of ${docName}`, { cause });
    this.name = 'PersistenceError';
  }
}

export class Room implements BatchMember {
  readonly doc: Y.Doc;
  private readonly awareness: awarenessProtocol.Awareness;
  private readonly peers = new Map<SyncPeer, PeerState>();
  /** Peers whose durable ack waits for the next group commit. */
  private readonly acksDue = new Set<SyncPeer>();
  private lastUpdateId: number;
  private updatesSinceCompaction: number;
  private compactionScheduled = false;
  private broken = false;
  private failure: PersistenceError | null = null;

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly limits: SyncLimits,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly writes: WriteBatch,
  ) {
    this.doc = new Y.Doc();
    const stored = storage.loadDocState(name);
    Y.transact(
      this.doc,
      () => {
        if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, LOADING);
        for (const update of stored.updates) Y.applyUpdate(this.doc, update, LOADING);
      },
      LOADING,
    );
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceCompaction = stored.updates.length;
    this.doc.on('update', this.onDocUpdate);

    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /** Adds a peer and starts the sync: our step 1 (the client replies with what we miss). */
  addPeer(peer: SyncPeer): void {
    this.peers.set(peer, newPeerState(Date.now(), this.limits.messageBurst, this.limits.awarenessBurst));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, SyncMessageType.step1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
    peer.send(encoding.toUint8Array(encoder));

    const states = this.awareness.getStates();
    if (states.size > 0) {
      peer.send(
        this.awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])),
      );
    }
  }

  /** Removes a peer and its presence. Returns the number of peers left. */
  removePeer(peer: SyncPeer): number {
    const state = this.peers.get(peer);
    this.peers.delete(peer);
    if (state?.awarenessClientId != null) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [state.awarenessClientId], null);
    }
    return this.peers.size;
  }

  /** Closes every peer with the same code, e.g. when the document is deleted or the server stops. */
  closeAll(code: CloseCode, reason: string): void {
    this.closeWhere(() => true, code, reason);
  }

  /** Closes the peers a predicate picks, e.g. those holding a revoked token. */
  closeWhere(predicate: (peer: SyncPeer) => boolean, code: CloseCode, reason: string): void {
    for (const peer of [...this.peers.keys()]) if (predicate(peer)) peer.close(code, reason);
  }

  /**
   * Handles one binary message from a peer. Expected rejections close only that peer; a storage
   * failure (at the group commit) breaks the room (see {@link PersistenceError}).
   */
  receive(peer: SyncPeer, message: Uint8Array): void {
    const state = this.peers.get(peer);
    if (!state || this.broken) return;
    if (!this.takeToken(state, 'message')) {
      this.metrics.rejected.inc({ reason: 'rate' });
      peer.close(CloseCode.rateLimited, 'too many messages');
      return;
    }
    try {
      this.dispatch(peer, state, message);
    } catch (error) {
      this.metrics.rejected.inc({ reason: 'malformed' });
      this.log.info({ peer: peer.id, doc: this.name, err: (error as Error).message }, 'malformed message');
      peer.close(CloseCode.malformedMessage, 'malformed message');
    }
  }

  private dispatch(peer: SyncPeer, state: PeerState, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        return this.receiveSync(peer, state, decoder);
      case MessageType.awareness:
        return this.receiveAwareness(peer, state, decoding.readVarUint8Array(decoder));
      case MessageType.queryAwareness: {
        const clients = [...this.awareness.getStates().keys()];
        peer.send(this.awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
        return;
      }
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private receiveSync(peer: SyncPeer, state: PeerState, decoder: decoding.Decoder): void {
    const subtype = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (subtype === SyncMessageType.step1) {
      // Decoding first proves the client's state vector well formed before the encode trusts it.
      Y.decodeStateVector(payload);
      // The reply must hold only durable updates: commit what this turn queued first.
      this.writes.flush();
      if (this.broken) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.sync);
      encoding.writeVarUint(encoder, SyncMessageType.step2);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(this.doc, payload));
      peer.send(encoding.toUint8Array(encoder));
      return;
    }
    if (subtype !== SyncMessageType.step2 && subtype !== SyncMessageType.update) {
      throw new Error(`unknown sync message ${subtype}`);
    }
    if (peer.access !== 'write') {
      // Read-only: the write is dropped, the connection lives (y-websocket sends step 2 on connect).
      this.metrics.droppedWrites.inc();
      return;
    }
    if (payload.length > this.limits.maxUpdateBytes) {
      this.metrics.rejected.inc({ reason: 'too-large' });
      peer.close(CloseCode.messageTooLarge, 'update too large');
      return;
    }
    // V1 only: applyUpdateV2 on client input can exhaust the heap (yjs #687).
    Y.applyUpdate(this.doc, payload, peer);
    state.writesReceived++;
    // Acked after the group commit, even when this message changed nothing: what it carried may
    // be in an update another peer sent this turn, not yet stored.
    if (peer.wantsDurableAcks) {
      this.acksDue.add(peer);
      this.writes.touch(this);
    }
  }

  private receiveAwareness(peer: SyncPeer, state: PeerState, update: Uint8Array): void {
    const check = checkAwarenessUpdate(update, state.awarenessClientId, {
      ownedByOther: (id) => this.isClientIdTaken(peer, id),
      knownClock: (id) => this.awareness.meta.get(id)?.clock ?? -1,
    });
    if (!check.ok) {
      this.metrics.rejected.inc({ reason: `awareness-${check.reason}` });
      const code = check.reason === 'too-large' ? CloseCode.messageTooLarge : CloseCode.malformedMessage;
      peer.close(code, `awareness ${check.reason}`);
      return;
    }
    if (!check.own) return;
    // Presence is best effort: over the rate, drop the update instead of the connection.
    if (!this.takeToken(state, 'awareness')) {
      this.metrics.rejected.inc({ reason: 'awareness-rate' });
      return;
    }
    state.awarenessClientId = check.own.clientId;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntry(check.own), peer);
  }

  private isClientIdTaken(self: SyncPeer, clientId: number): boolean {
    for (const [peer, state] of this.peers) {
      if (peer !== self && state.awarenessClientId === clientId) return true;
    }
    return false;
  }

  /**
   * Applies a server-side change (e.g. a table added by the REST API) as a normal, persisted update,
   * committed before this returns; throws a {@link PersistenceError} if storage refused it.
   */
  applyServerWrite(fn: (doc: Y.Doc) => void): void {
    if (this.broken) throw new Error(`room ${this.name} is broken`);
    Y.transact(this.doc, () => fn(this.doc), SERVER_WRITE);
    this.writes.flush();
    if (this.failure) throw this.failure;
  }

  /** Makes everything this room's peers sent so far durable (before a read shows the doc). */
  flushWrites(): void {
    this.writes.flush();
  }

  /** Persist first, then send: queued for the turn's group commit, sent by {@link persisted}. */
  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOADING) return;
    this.writes.add(this, update, origin);
  };

  /** Called by the group commit once `update` is stored as row `id`. */
  persisted(update: Uint8Array, origin: unknown, id: number): void {
    if (this.broken) return;
    this.lastUpdateId = id;
    this.updatesSinceCompaction++;
    const message = updateMessage(update);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
  }

  /** Called by the group commit after this room's updates are stored: the acks that waited. */
  flushed(): void {
    if (this.broken) return;
    for (const peer of this.acksDue) {
      const state = this.peers.get(peer);
      if (state) peer.send(durableAckMessage(state.writesReceived));
    }
    this.acksDue.clear();
    if (this.updatesSinceCompaction >= this.limits.compactEveryUpdates) this.scheduleCompaction();
  }

  persistFailed(error: unknown): void {
    this.acksDue.clear();
    this.breakRoom(new PersistenceError(this.name, error));
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const message = this.awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
  };

  private awarenessMessage(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  }

  private takeToken(state: PeerState, kind: 'message' | 'awareness'): boolean {
    const now = Date.now();
    const elapsedSec = (now - state.lastRefillMs) / 1000;
    state.lastRefillMs = now;
    state.messageTokens = Math.min(
      this.limits.messageBurst,
      state.messageTokens + elapsedSec * this.limits.messagesPerSecond,
    );
    state.awarenessTokens = Math.min(
      this.limits.awarenessBurst,
      state.awarenessTokens + elapsedSec * this.limits.awarenessPerSecond,
    );
    const key = kind === 'message' ? 'messageTokens' : 'awarenessTokens';
    if (state[key] < 1) return false;
    state[key] -= 1;
    return true;
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setImmediate(() => {
      this.compactionScheduled = false;
      this.compact();
    });
  }

  /** Merges the log into one snapshot. Safe at any time: after the flush the in-memory doc is exactly what is stored. */
  compact(): void {
    this.writes.flush();
    if (this.broken || this.updatesSinceCompaction === 0) return;
    try {
      this.storage.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.lastUpdateId);
      this.updatesSinceCompaction = 0;
      this.metrics.compactions.inc();
    } catch (error) {
      // The log is still complete; compaction will be retried after more updates.
      this.log.warn({ doc: this.name, err: (error as Error).message }, 'compaction failed');
    }
  }

  /**
   * Storage refused a write: memory is now ahead of disk. Drop every peer with a transient code so
   * clients reconnect to a fresh load and resend what was not acknowledged.
   */
  private breakRoom(error: PersistenceError): void {
    if (this.broken) return;
    this.broken = true;
    this.failure = error;
    this.metrics.persistenceFailures.inc();
    this.log.error(
      { doc: this.name, err: String((error.cause as Error)?.message ?? error) },
      'storage failure',
    );
    this.closeAll(CloseCode.serviceRestart, 'storage unavailable');
  }

  get isBroken(): boolean {
    return this.broken;
  }

  destroy(): void {
    // A compaction scheduled before the room was dropped must not write a deleted document back,
    // nor may its queued updates (on unload the compaction before has already flushed them).
    this.broken = true;
    this.writes.discard(this);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** `[sync, update, varUint8Array update]`, encoded once and sent as the same bytes to every peer. */
function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncMessageType.update);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function durableAckMessage(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.durableAck);
  encoding.writeVarUint(encoder, count);
  return encoding.toUint8Array(encoder);
}

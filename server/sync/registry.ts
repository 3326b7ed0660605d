/**
 * Loaded rooms by document name. A room is loaded (fully, synchronously, before its first sync reply)
 * when its first peer or server-side write needs it, and compacted and unloaded when the last one
 * lets go.
 */
import type * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol.js';
import type { Storage } from '../storage/storage.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';
import type { SyncLimits } from './limits.js';
import type { SyncPeer } from './connection.js';
import { Room } from './room.js';
import { WriteBatch } from './write-batch.js';

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Server-side holds (a REST handler writing into a doc) that keep a room loaded without peers. */
  private readonly holds = new Map<string, number>();
  /** The group commit every room's updates go through (one per storage). */
  private readonly writes: WriteBatch;

  constructor(
    private readonly storage: Storage,
    private readonly limits: SyncLimits,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {
    this.writes = new WriteBatch(storage, metrics, log);
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  private acquire(name: string): Room {
    let room = this.rooms.get(name);
    if (room?.isBroken) {
      this.rooms.delete(name);
      room.destroy();
      room = undefined;
    }
    if (!room) {
      room = new Room(name, this.storage, this.limits, this.metrics, this.log, this.writes);
      this.rooms.set(name, room);
    }
    return room;
  }

  private releaseIfIdle(name: string): void {
    const room = this.rooms.get(name);
    if (!room || room.peerCount > 0 || (this.holds.get(name) ?? 0) > 0) return;
    room.compact();
    room.destroy();
    this.rooms.delete(name);
  }

  /** Adds a peer to its document's room (loading it if needed) and sends the opening sync. */
  join(name: string, peer: SyncPeer): Room {
    const room = this.acquire(name);
    room.addPeer(peer);
    return room;
  }

  /** Hands a peer's message to its room (a room dropped meanwhile ignores it). */
  receive(name: string, peer: SyncPeer, message: Uint8Array): void {
    this.rooms.get(name)?.receive(peer, message);
  }

  leave(name: string, peer: SyncPeer): void {
    const room = this.rooms.get(name);
    if (!room) return;
    room.removePeer(peer);
    this.releaseIfIdle(name);
  }

  /** Reads a document (the live one when clients are on it, a briefly loaded one otherwise). */
  read<T>(name: string, fn: (doc: Y.Doc) => T): T {
    const room = this.acquire(name);
    this.holds.set(name, (this.holds.get(name) ?? 0) + 1);
    try {
      // What the doc shows must be stored: commit this turn's queued updates first.
      room.flushWrites();
      return fn(room.doc);
    } finally {
      this.releaseHold(name);
    }
  }

  private releaseHold(name: string): void {
    const left = (this.holds.get(name) ?? 1) - 1;
    if (left === 0) this.holds.delete(name);
    else this.holds.set(name, left);
    this.releaseIfIdle(name);
  }

  /**
   * Runs a server-side change on a document as a persisted, broadcast update: through the live room
   * when clients are on it, through a briefly loaded one otherwise.
   */
  write(name: string, fn: (doc: Y.Doc) => void): void {
    const room = this.acquire(name);
    this.holds.set(name, (this.holds.get(name) ?? 0) + 1);
    try {
      room.applyServerWrite(fn);
    } finally {
      this.releaseHold(name);
    }
  }

  /** Closes every peer of the named documents and unloads them without compaction (they are being deleted). */
  drop(names: string[], code: CloseCode, reason: string): void {
    for (const name of names) {
      const room = this.rooms.get(name);
      if (!room) continue;
      this.rooms.delete(name);
      room.closeAll(code, reason);
      room.destroy();
    }
  }

  /** Closes the peers a predicate picks (e.g. the tokens of a removed table) on every loaded room. */
  closePeers(predicate: (peer: SyncPeer) => boolean, code: CloseCode, reason: string): void {
    for (const room of this.rooms.values()) room.closeWhere(predicate, code, reason);
  }

  /** On shutdown: merge every log and tell every client to come back shortly. */
  shutdown(): void {
    for (const [name, room] of this.rooms) {
      room.compact();
      room.closeAll(CloseCode.serviceRestart, 'server restarting');
      room.destroy();
      this.rooms.delete(name);
    }
  }
}

/**
 * Group commit of the updates that arrive in one event-loop turn. Rooms apply an update in memory
 * and queue it here; at the end of the turn (`setImmediate`, after every socket read of the turn)
 * one SQLite transaction appends them all, and only then is each one broadcast and each sender
 * acknowledged. Persist-before-broadcast and persist-before-ack hold per update as before; one
 * commit instead of one per update saves most of the storage work per update (the WAL write and
 * its syscalls happen once per turn).
 *
 * Anything that would let a peer see a document's state — a sync step 2 reply, a compaction, a
 * REST read or write — calls {@link WriteBatch.flush} first, so nobody ever sees an update that is
 * not yet durable.
 */
import type { Storage } from '../storage/storage.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';

/** A room, as the batch sees it. */
export interface BatchMember {
  readonly name: string;
  /** The update is durable as log row `id`: send it to the other peers. */
  persisted(update: Uint8Array, origin: unknown, id: number): void;
  /** Everything the room queued is durable: send the durable acks that were waiting for it. */
  flushed(): void;
  /** Storage refused the room's updates: none of them is durable, nothing may be acknowledged. */
  persistFailed(error: unknown): void;
}

export class WriteBatch {
  private names: string[] = [];
  private updates: Uint8Array[] = [];
  private origins: unknown[] = [];
  private owners: BatchMember[] = [];
  /** Rooms with queued updates or acks waiting for the next flush. */
  private members = new Set<BatchMember>();
  private scheduled = false;

  constructor(
    private readonly storage: Storage,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  /** Queues an update applied in memory; it is written, then sent, at the end of this turn. */
  add(member: BatchMember, update: Uint8Array, origin: unknown): void {
    this.names.push(member.name);
    this.updates.push(update);
    this.origins.push(origin);
    this.owners.push(member);
    this.touch(member);
  }

  /** Makes sure `member.flushed()` runs at the next flush (acks wait for it even with no update). */
  touch(member: BatchMember): void {
    this.members.add(member);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.onTurnEnd);
  }

  /** Drops a room's queued updates unwritten (its document is being deleted). */
  discard(member: BatchMember): void {
    if (!this.members.delete(member)) return;
    const keep = this.owners.map((owner) => owner !== member);
    this.names = this.names.filter((_, i) => keep[i]);
    this.updates = this.updates.filter((_, i) => keep[i]);
    this.origins = this.origins.filter((_, i) => keep[i]);
    this.owners = this.owners.filter((_, i) => keep[i]);
  }

  private readonly onTurnEnd = (): void => {
    this.scheduled = false;
    this.flush();
  };

  /** Writes everything queued in one transaction, then lets each room broadcast and acknowledge. */
  flush(): void {
    if (this.members.size === 0) return;
    const { names, updates, origins, owners, members } = this;
    this.names = [];
    this.updates = [];
    this.origins = [];
    this.owners = [];
    this.members = new Set();

    let ids: number[] = [];
    const failed = new Map<BatchMember, unknown>();
    if (names.length > 0) {
      const started = process.hrtime.bigint();
      try {
        ids = this.storage.appendUpdates(names, updates);
      } catch {
        // All or none: retry room by room, so one room's failure (say, its document deleted in
        // the same turn) costs only that room.
        ids = this.appendPerRoom(names, updates, owners, members, failed);
      }
      this.metrics.appendSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
      this.metrics.updatesPersisted.inc(undefined, names.length - countOwned(owners, failed));
    }

    for (let i = 0; i < owners.length; i++) {
      const owner = owners[i]!;
      if (!failed.has(owner)) this.guard(owner, () => owner.persisted(updates[i]!, origins[i], ids[i]!));
    }
    for (const member of members) {
      if (failed.has(member)) this.guard(member, () => member.persistFailed(failed.get(member)));
      else this.guard(member, () => member.flushed());
    }
  }

  private appendPerRoom(
    names: string[],
    updates: Uint8Array[],
    owners: BatchMember[],
    members: Set<BatchMember>,
    failed: Map<BatchMember, unknown>,
  ): number[] {
    const ids = new Array<number>(names.length);
    for (const member of members) {
      const mine: number[] = [];
      owners.forEach((owner, i) => owner === member && mine.push(i));
      if (mine.length === 0) continue;
      try {
        const got = this.storage.appendUpdates(
          mine.map((i) => names[i]!),
          mine.map((i) => updates[i]!),
        );
        mine.forEach((i, k) => (ids[i] = got[k]!));
      } catch (error) {
        failed.set(member, error);
      }
    }
    return ids;
  }

  /** A room's bug after the write must not stop the other rooms' broadcasts and acks. */
  private guard(member: BatchMember, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.log.error({ doc: member.name, err: (error as Error).message }, 'after-commit step failed');
    }
  }
}

function countOwned(owners: BatchMember[], failed: Map<BatchMember, unknown>): number {
  if (failed.size === 0) return 0;
  return owners.filter((owner) => failed.has(owner)).length;
}

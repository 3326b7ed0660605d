/**
 * Presence ("who else is writing") over a document's awareness channel (DESIGN §3.4: presence
 * lives in awareness, never in the document).
 *
 * Each device publishes one small state — `{ v: 1, device, editing }`: a device label key and the
 * id of the note it is editing — far below the server's 4 KiB cap, and at most a few times a
 * second (the server drops awareness beyond 10 updates/s). What others publish is unauthenticated
 * input: it is validated field by field, and anything odd reads as "someone, editing nothing".
 */
import type { Awareness } from 'y-protocols/awareness';

/** What this device tells the others. */
export interface LocalPresence {
  /** A short label key (e.g. an animal the table view names in the interface language). */
  device: string | null;
  /** The note being edited (focused), or null. */
  editing: string | null;
}

/** Another device at the same document, as read from its (validated) awareness state. */
export interface PeerPresence extends LocalPresence {
  clientId: number;
}

/** Minimum time between two awareness updates this device sends. */
export const PRESENCE_MIN_INTERVAL_MS = 250;
/** Longest label key or note id accepted from another device; longer reads as absent. */
const MAX_FIELD_CHARS = 64;

function readField(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD_CHARS ? value : null;
}

/** Reads another device's awareness state; anything malformed becomes nulls, never a crash. */
export function parsePresence(clientId: number, state: unknown): PeerPresence {
  const record = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return { clientId, device: readField(record.device), editing: readField(record.editing) };
}

export class Presence {
  private local: LocalPresence = { device: null, editing: null };
  private lastSentAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private peers: PeerPresence[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly onChange = (): void => {
    const peers = this.readPeers();
    // Our own state changing fires 'change' too; others() keeps its identity when nothing changed.
    if (samePeers(peers, this.peers)) return;
    this.peers = peers;
    for (const listener of this.listeners) listener();
  };

  constructor(
    private readonly awareness: Awareness,
    private readonly minIntervalMs = PRESENCE_MIN_INTERVAL_MS,
    private readonly now: () => number = () => Date.now(),
  ) {
    awareness.on('change', this.onChange);
    this.peers = this.readPeers();
  }

  /** Changes what this device publishes; sent at once or, when the last send was recent, a bit later. */
  set(patch: Partial<LocalPresence>): void {
    const next = { ...this.local, ...patch };
    if (next.device === this.local.device && next.editing === this.local.editing) return;
    this.local = next;
    if (this.timer) return;
    const wait = this.lastSentAt + this.minIntervalMs - this.now();
    if (wait <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), wait);
  }

  /** This device's id in the awareness channel (the document's client id). */
  get clientId(): number {
    return this.awareness.clientID;
  }

  /** Other devices at this document (not this one), in a stable order. */
  others(): readonly PeerPresence[] {
    return this.peers;
  }

  /** Calls `listener` when another device's presence changed (also on join and leave). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  private send(): void {
    this.timer = null;
    this.lastSentAt = this.now();
    // Fields another part of the page published on this awareness are kept; one message carries all.
    const others = this.awareness.getLocalState() ?? {};
    this.awareness.setLocalState({ ...others, v: 1, device: this.local.device, editing: this.local.editing });
  }

  private readPeers(): PeerPresence[] {
    const self = this.awareness.clientID;
    const peers: PeerPresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId !== self) peers.push(parsePresence(clientId, state));
    }
    return peers.sort((a, b) => a.clientId - b.clientId);
  }
}

function samePeers(a: readonly PeerPresence[], b: readonly PeerPresence[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return p.clientId === q.clientId && p.device === q.device && p.editing === q.editing;
    })
  );
}

/**
 * Awareness is unauthenticated in y-protocols: any client may claim any clientID. This guard decodes
 * an awareness update before it is applied and enforces our rules: one clientID per connection
 * (pinned by its first own entry), a cap on each state's size in UTF-8 bytes, and well-formed JSON.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_AWARENESS_STATE_BYTES } from '../../shared/protocol.js';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The raw JSON of the state (`'null'` when the client removes its state). */
  stateJson: string;
}

export type AwarenessCheck =
  | { ok: true; own: AwarenessEntry | null }
  | { ok: false; reason: 'malformed' | 'foreign-client-id' | 'too-large' };

/** What the room knows about a clientID when judging an entry that is not the connection's own. */
export interface AwarenessOwnership {
  /** Whether another live connection owns this clientID. */
  ownedByOther(clientId: number): boolean;
  /** The clock the room has for this clientID, or -1. */
  knownClock(clientId: number): number;
}

/** Decodes an awareness update; throws on truncated or garbage input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  // Each entry takes at least 3 bytes, so a count beyond that is a lie we need not loop over.
  if (count > update.length) throw new Error('awareness entry count exceeds message size');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const stateJson = decoding.readVarString(decoder);
    entries.push({ clientId, clock, stateJson });
  }
  return entries;
}

/**
 * Checks an awareness update from a connection whose pinned clientID is `pinned` (null before it
 * has published one) and returns the one entry to apply: its own.
 *
 * y-websocket re-sends every awareness change it receives, other clients' entries included, so
 * foreign entries are normal and are dropped — unless one is newer than what the room has for a
 * clientID another connection owns: that is an attempt to speak for someone else, and closes.
 * The first entry for a clientID nobody owns pins the connection to it.
 */
export function checkAwarenessUpdate(
  update: Uint8Array,
  pinned: number | null,
  room: AwarenessOwnership,
): AwarenessCheck {
  let entries: AwarenessEntry[];
  try {
    entries = decodeAwarenessUpdate(update);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  let own: AwarenessEntry | null = null;
  for (const entry of entries) {
    const isOwn =
      pinned !== null ? entry.clientId === pinned : own === null && !room.ownedByOther(entry.clientId);
    if (!isOwn) {
      if (room.ownedByOther(entry.clientId) && entry.clock > room.knownClock(entry.clientId)) {
        return { ok: false, reason: 'foreign-client-id' };
      }
      continue;
    }
    if (Buffer.byteLength(entry.stateJson, 'utf8') > MAX_AWARENESS_STATE_BYTES) {
      return { ok: false, reason: 'too-large' };
    }
    try {
      JSON.parse(entry.stateJson);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    own = entry;
  }
  return { ok: true, own };
}

/** Encodes a single entry as an awareness update. */
export function encodeAwarenessEntry(entry: AwarenessEntry): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, entry.clientId);
  encoding.writeVarUint(encoder, entry.clock);
  encoding.writeVarString(encoder, entry.stateJson);
  return encoding.toUint8Array(encoder);
}

/**
 * Awareness is unauthenticated in y-protocols: any client may claim any clientID. This guard decodes
 * an awareness update before it is applied and enforces our rules: one clientID per connection
 * (pinned by its first update), a cap on each state's size, and well-formed JSON.
 */
import * as decoding from 'lib0/decoding';
import { MAX_AWARENESS_STATE_BYTES } from '../../shared/protocol.js';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The raw JSON of the state (`'null'` when the client removes its state). */
  stateJson: string;
}

export type AwarenessCheck =
  | { ok: true; clientId: number; removesState: boolean }
  | { ok: false; reason: 'malformed' | 'foreign-client-id' | 'too-large' | 'several-entries' };

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
 * Checks an awareness update from a connection whose pinned clientID is `pinned` (null before its
 * first update). `isTakenByOther` tells whether another connection in the room owns a clientID.
 */
export function checkAwarenessUpdate(
  update: Uint8Array,
  pinned: number | null,
  isTakenByOther: (clientId: number) => boolean,
): AwarenessCheck {
  let entries: AwarenessEntry[];
  try {
    entries = decodeAwarenessUpdate(update);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (entries.length !== 1) return { ok: false, reason: 'several-entries' };
  const entry = entries[0]!;
  if (pinned !== null && entry.clientId !== pinned) return { ok: false, reason: 'foreign-client-id' };
  if (pinned === null && isTakenByOther(entry.clientId)) return { ok: false, reason: 'foreign-client-id' };
  if (entry.stateJson.length > MAX_AWARENESS_STATE_BYTES) return { ok: false, reason: 'too-large' };
  try {
    JSON.parse(entry.stateJson);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return { ok: true, clientId: entry.clientId, removesState: entry.stateJson === 'null' };
}

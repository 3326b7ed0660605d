/**
 * Hand-encoded y-protocols messages for the lightweight load clients: no Y.Doc, no provider, just the
 * bytes, so one load process can drive thousands of connections.
 *
 * Two framings: the standard y-websocket one (Dialogdag, the stock relay, the bare relay), and
 * Hocuspocus's, which prefixes every message with the document name and needs an auth message first.
 */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MessageType, SyncMessageType } from '../../shared/protocol.js';

export type Framing = 'y-websocket' | 'hocuspocus';

/** Hocuspocus 3's own message types and auth sub-types (@hocuspocus/server types.ts, common auth.ts). */
const Hocus = { auth: 2, syncReply: 4, syncStatus: 8, authToken: 0, authDenied: 1, authOk: 2 } as const;

/** An empty V1 update and state vector: "I have nothing". */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);
export const EMPTY_STATE_VECTOR = new Uint8Array([0]);

export class Wire {
  constructor(
    readonly framing: Framing,
    readonly docName: string,
  ) {}

  private encoder(): encoding.Encoder {
    const enc = encoding.createEncoder();
    if (this.framing === 'hocuspocus') encoding.writeVarString(enc, this.docName);
    return enc;
  }

  private sync(subtype: number, payload: Uint8Array): Uint8Array {
    const enc = this.encoder();
    encoding.writeVarUint(enc, MessageType.sync);
    encoding.writeVarUint(enc, subtype);
    encoding.writeVarUint8Array(enc, payload);
    return encoding.toUint8Array(enc);
  }

  step1(stateVector: Uint8Array = EMPTY_STATE_VECTOR): Uint8Array {
    return this.sync(SyncMessageType.step1, stateVector);
  }

  step2(update: Uint8Array = EMPTY_UPDATE): Uint8Array {
    return this.sync(SyncMessageType.step2, update);
  }

  update(update: Uint8Array): Uint8Array {
    return this.sync(SyncMessageType.update, update);
  }

  /** Hocuspocus only: the token message that opens the document on a socket. */
  auth(token: string): Uint8Array {
    const enc = this.encoder();
    encoding.writeVarUint(enc, Hocus.auth);
    encoding.writeVarUint(enc, Hocus.authToken);
    encoding.writeVarString(enc, token);
    return encoding.toUint8Array(enc);
  }
}

export type Incoming =
  | { kind: 'step1' }
  | { kind: 'step2' }
  /** A broadcast update: the client id and clock of its first struct identify the edit. */
  | { kind: 'update'; client: number; clock: number }
  /** Dialogdag's durable ack: how many writes of this connection are stored. */
  | { kind: 'durable-ack'; count: number }
  /** Hocuspocus's SyncStatus: one more write applied (in memory; it stores later, debounced). */
  | { kind: 'applied' }
  | { kind: 'auth-ok' }
  | { kind: 'auth-denied' }
  | { kind: 'other' };

export function parseIncoming(framing: Framing, data: Uint8Array): Incoming {
  const dec = decoding.createDecoder(data);
  if (framing === 'hocuspocus') decoding.readVarString(dec);
  const type = decoding.readVarUint(dec);
  if (type === MessageType.sync || (framing === 'hocuspocus' && type === Hocus.syncReply)) {
    const subtype = decoding.readVarUint(dec);
    if (subtype === SyncMessageType.step1) return { kind: 'step1' };
    if (subtype === SyncMessageType.step2) return { kind: 'step2' };
    if (subtype === SyncMessageType.update) {
      const update = decoding.readVarUint8Array(dec);
      const id = firstStructId(update);
      return id ? { kind: 'update', ...id } : { kind: 'other' };
    }
    return { kind: 'other' };
  }
  if (framing === 'y-websocket' && type === MessageType.durableAck) {
    return { kind: 'durable-ack', count: decoding.readVarUint(dec) };
  }
  if (framing === 'hocuspocus' && type === Hocus.syncStatus) {
    return decoding.readVarUint(dec) === 1 ? { kind: 'applied' } : { kind: 'other' };
  }
  if (framing === 'hocuspocus' && type === Hocus.auth) {
    const sub = decoding.readVarUint(dec);
    if (sub === Hocus.authOk) return { kind: 'auth-ok' };
    if (sub === Hocus.authDenied) return { kind: 'auth-denied' };
  }
  return { kind: 'other' };
}

/**
 * Reads `(client, clock)` of the first struct of a V1 update without decoding it: the update starts
 * with the number of struct groups, then per group the number of structs, the client and the clock.
 */
export function firstStructId(update: Uint8Array): { client: number; clock: number } | null {
  const dec = decoding.createDecoder(update);
  const groups = decoding.readVarUint(dec);
  if (groups === 0) return null;
  decoding.readVarUint(dec); // structs in the group
  const client = decoding.readVarUint(dec);
  const clock = decoding.readVarUint(dec);
  return { client, clock };
}

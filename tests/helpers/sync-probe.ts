/**
 * A protocol-level peer that records what the server sends, so a test can ask "what does this
 * connection see?" without a Yjs provider answering on its behalf: request the document's state
 * (sync step 1 → step 2), follow awareness without echoing it, and read a document's state vector.
 */
import type WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { MessageType, SyncMessageType } from '../../shared/protocol.js';
import { closeCode, frame, openRaw } from './raw-client.js';
import { connectYClient, waitSynced, type YClient } from './yclient.js';

export class SyncProbe {
  readonly messages: Uint8Array[] = [];
  /** Awareness as this connection has been told it, applied without ever answering. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  closed: Promise<number | null>;
  private waiters: (() => void)[] = [];

  constructor(readonly ws: WebSocket) {
    this.awareness.setLocalState(null);
    this.closed = closeCode(ws, 60_000);
    ws.on('message', (data: Buffer) => {
      const msg = new Uint8Array(data);
      this.messages.push(msg);
      const d = decoding.createDecoder(msg);
      if (decoding.readVarUint(d) === MessageType.awareness) {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(d), 'server');
      }
      this.wake();
    });
    ws.on('close', () => this.wake());
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  static async open(wsUrl: string, docName: string, token: string): Promise<SyncProbe> {
    return new SyncProbe(await openRaw(wsUrl, docName, token));
  }

  get isOpen(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  send(message: Uint8Array | Buffer | string): void {
    this.ws.send(message);
  }

  /** Resolves with the first message from index `from` on that `match` accepts. */
  async next(match: (m: Uint8Array) => boolean, from = 0, timeoutMs = 5000): Promise<Uint8Array> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(from).find(match);
      if (found) return found;
      if (!this.isOpen) throw new Error('connection closed while waiting for a message');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for a message');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Sends sync step 1 with `stateVector` (empty: "send me everything") and resolves with the update
   * of the step 2 answer. Messages on a connection are handled in order, so the answer also proves
   * that everything sent before it has been handled.
   */
  async requestState(stateVector: Uint8Array = new Uint8Array([0])): Promise<Uint8Array> {
    const from = this.messages.length;
    this.send(frame(MessageType.sync, SyncMessageType.step1, stateVector));
    const reply = await this.next((m) => m[0] === MessageType.sync && m[1] === SyncMessageType.step2, from);
    const d = decoding.createDecoder(reply);
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    return decoding.readVarUint8Array(d);
  }

  /** The document as the server holds it, as a fresh local copy. */
  async fetchDoc(): Promise<Y.Doc> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await this.requestState());
    return doc;
  }

  close(): void {
    this.ws.terminate();
  }
}

/** A state vector as a comparable plain object (clientID → clock). */
export function svOf(docOrUpdate: Y.Doc | Uint8Array): Record<string, number> {
  const sv =
    docOrUpdate instanceof Y.Doc
      ? Y.decodeStateVector(Y.encodeStateVector(docOrUpdate))
      : Y.decodeStateVector(Y.encodeStateVectorFromUpdate(docOrUpdate));
  return Object.fromEntries([...sv.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
}

/** The state vector a fresh, unmodified y-websocket client sees after syncing `docName`. */
export async function remoteStateVector(
  wsUrl: string,
  docName: string,
  token: string,
): Promise<Record<string, number>> {
  const client = connectYClient(wsUrl, docName, token);
  try {
    await waitSynced(client);
    return svOf(client.doc);
  } finally {
    client.destroy();
  }
}

/** One change made on a copy of `base`, encoded as the V1 update a client would send. */
export function updateOn(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  change(doc);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

/** Sum of every sample of a Prometheus metric (all label sets) in `/metrics` text. */
export function metricTotal(metricsText: string, name: string): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    const m = /^([a-z_]+)(?:\{[^}]*\})? (\S+)$/.exec(line);
    if (m && m[1] === name) total += Number(m[2]);
  }
  return total;
}

/** The value of one sample of a metric whose labels contain `labelText`, or 0 when absent. */
export function metricSample(metricsText: string, name: string, labelText: string): number {
  for (const line of metricsText.split('\n')) {
    if (line.startsWith(`${name}{`) && line.includes(labelText)) return Number(line.split(' ').pop());
  }
  return 0;
}

/**
 * Sends sync step 1 over a y-websocket client's own socket and resolves when the step 2 answer
 * arrives: everything the client sent before has then been handled by the server.
 */
export function roundTrip(client: YClient, timeoutMs = 5000): Promise<void> {
  const ws = client.provider.ws as unknown as WebSocket | null;
  if (!ws || ws.readyState !== ws.OPEN) return Promise.reject(new Error('client is not connected'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no step 2 answer')), timeoutMs);
    const onMessage = (event: WebSocket.MessageEvent) => {
      const data = new Uint8Array(event.data as ArrayBuffer);
      if (data[0] !== MessageType.sync || data[1] !== SyncMessageType.step2) return;
      clearTimeout(timer);
      ws.removeEventListener('message', onMessage);
      resolve();
    };
    ws.addEventListener('message', onMessage);
    ws.send(frame(MessageType.sync, SyncMessageType.step1, Y.encodeStateVector(client.doc)));
  });
}

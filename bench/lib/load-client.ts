/**
 * A lightweight protocol-level client: one WebSocket, hand-encoded sync messages, a pre-generated
 * update stream, no Y.Doc. It answers the server's sync step 1 (as y-websocket does), times every
 * update it receives from others, and times its own writes to the server's ack.
 *
 * With `reconnect` it behaves like a durable-ack client across a server crash: it reconnects, and
 * resends the updates the server had not acknowledged — never the acknowledged ones, so an
 * acknowledged edit the server lost stays missing and the restart scenario can count it.
 */
import WebSocket from 'ws';
import { parseIncoming, Wire, type Framing } from './wire.js';
import type { SentRegistry, UpdateStream } from './update-stream.js';

export interface ConnSpec {
  url: string;
  docName: string;
  /** Sec-WebSocket-Protocol entries (Dialogdag carries its token here). */
  protocols: string[];
  /** The credential (Dialogdag table/facilitator token; any string for Hocuspocus). */
  token: string;
}

export interface LoadClientHooks {
  registry: SentRegistry;
  /** Edit (by another client) sent → received here. */
  onPeerLatency?: (ms: number) => void;
  /** Own write sent → acknowledged by the server. */
  onAckLatency?: (ms: number) => void;
}

export interface LoadClientOptions {
  framing: Framing;
  /** Whether the server's step 2 ends the handshake (false for the bare relay, which has no doc). */
  serverHasDoc: boolean;
  /** Whether the server acknowledges writes (durable ack or Hocuspocus's SyncStatus). */
  acks: boolean;
  /** Keep reconnecting (every RECONNECT_INTERVAL_MS) after an unexpected close. */
  reconnect: boolean;
}

const RECONNECT_INTERVAL_MS = 100;
const CONNECT_TIMEOUT_MS = 15_000;

interface PendingWrite {
  write: number;
  update: number;
  sentAt: number;
}

export class LoadClient {
  private ws: WebSocket | null = null;
  private readonly wire: Wire;
  private stoppedByUs = false;
  private writes = 0;
  private pending: PendingWrite[] = [];
  private pendingHead = 0;
  private onSynced: (() => void) | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectUntil = 0;
  private ackedWrites = 0;

  synced = false;
  /** performance.now() of the last completed sync. */
  syncedAt = 0;
  /** Index of the next update of the stream to send. */
  nextUpdate = 0;
  /** How many of the stream's updates the server has acknowledged (cumulative over reconnects). */
  ackedUpdates = 0;
  /** Connections opened after the first (reconnects). */
  reconnects = 0;
  closeCodes: number[] = [];

  constructor(
    readonly spec: ConnSpec,
    readonly stream: UpdateStream | null,
    private readonly hooks: LoadClientHooks,
    private readonly opts: LoadClientOptions,
  ) {
    this.wire = new Wire(opts.framing, spec.docName);
  }

  /** Opens the connection; resolves once synced (or open, on a server without a document). */
  connect(timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
    this.stoppedByUs = false;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.onSynced = null;
        this.ws?.terminate();
        reject(new Error(`connect timeout on ${this.spec.docName}`));
      }, timeoutMs);
      this.onSynced = () => {
        clearTimeout(timer);
        resolve();
      };
      this.open((error) => {
        clearTimeout(timer);
        this.onSynced = null;
        reject(error);
      });
    });
  }

  /** Keeps reconnecting after a close, for `forMs` from now. */
  keepReconnecting(forMs: number): void {
    this.reconnectUntil = performance.now() + forMs;
  }

  private open(onFailure?: (error: Error) => void): void {
    const ws = new WebSocket(this.spec.url, this.spec.protocols, { perMessageDeflate: false });
    this.ws = ws;
    this.writes = 0;
    this.synced = false;
    ws.binaryType = 'nodebuffer';
    ws.on('error', (error) => {
      if (!this.synced && onFailure) onFailure(error);
    });
    ws.on('open', () => {
      if (this.opts.framing === 'hocuspocus') ws.send(this.wire.auth(this.spec.token));
      ws.send(this.wire.step1());
      if (!this.opts.serverHasDoc) this.markSynced();
    });
    ws.on('message', (data: Buffer) => this.receive(data));
    ws.on('close', (code) => {
      this.closeCodes.push(code);
      if (this.ws === ws) {
        this.ws = null;
        this.synced = false;
      }
      if (!this.stoppedByUs && this.opts.reconnect && performance.now() < this.reconnectUntil) {
        this.scheduleReconnect();
      } else if (!this.synced && onFailure) {
        onFailure(new Error(`closed ${code} before sync on ${this.spec.docName}`));
      }
    });
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stoppedByUs || performance.now() >= this.reconnectUntil) return;
      this.reconnects++;
      this.open();
    }, RECONNECT_INTERVAL_MS);
  }

  private receive(data: Buffer): void {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const msg = parseIncoming(this.opts.framing, bytes);
    switch (msg.kind) {
      case 'update': {
        if (msg.client === this.stream?.clientId) return;
        const sentAt = this.hooks.registry.sentAt(msg.client, msg.clock);
        if (sentAt !== undefined) this.hooks.onPeerLatency?.(performance.now() - sentAt);
        return;
      }
      case 'step1':
        // As y-websocket does: answer with what we have. Our updates go separately, so "nothing".
        this.sendWrite(this.wire.step2(), -1);
        return;
      case 'step2':
        if (this.opts.serverHasDoc && !this.synced) this.markSynced();
        return;
      case 'durable-ack':
        this.acknowledge(msg.count);
        return;
      case 'applied':
        this.acknowledge(this.ackedWrites + 1);
        return;
      case 'auth-denied':
        this.ws?.close();
        return;
      default:
        return;
    }
  }

  private acknowledge(count: number): void {
    this.ackedWrites = count;
    const now = performance.now();
    while (this.pendingHead < this.pending.length && this.pending[this.pendingHead]!.write <= count) {
      const p = this.pending[this.pendingHead++]!;
      this.hooks.onAckLatency?.(now - p.sentAt);
      this.ackedUpdates = Math.max(this.ackedUpdates, p.update + 1);
    }
    if (this.pendingHead > 1024) {
      this.pending = this.pending.slice(this.pendingHead);
      this.pendingHead = 0;
    }
  }

  private markSynced(): void {
    this.synced = true;
    this.syncedAt = performance.now();
    // After a reconnect, resend what the server never acknowledged before typing on.
    const unacked = this.pending.slice(this.pendingHead);
    this.pending = [];
    this.pendingHead = 0;
    this.ackedWrites = 0;
    for (const p of unacked) this.sendUpdate(p.update);
    const cb = this.onSynced;
    this.onSynced = null;
    cb?.();
  }

  private sendWrite(message: Uint8Array, update: number): void {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    ws.send(message);
    this.writes++;
    if (update >= 0 && this.opts.acks)
      this.pending.push({ write: this.writes, update, sentAt: performance.now() });
  }

  private sendUpdate(index: number): void {
    const stream = this.stream!;
    this.hooks.registry.markSent(stream.clientId, stream.clocks[index]!, performance.now());
    this.sendWrite(this.wire.update(stream.updates[index]!), index);
  }

  /** Sends the next edit of the stream. False when not connected or the stream is used up. */
  sendNext(): boolean {
    if (!this.synced || !this.stream || this.nextUpdate >= this.stream.length) return false;
    this.sendUpdate(this.nextUpdate++);
    return true;
  }

  close(): void {
    this.stoppedByUs = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.ws?.terminate();
    this.ws = null;
    this.synced = false;
  }
}

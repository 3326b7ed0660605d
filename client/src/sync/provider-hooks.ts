/**
 * Creates a y-websocket provider wired to a DurableTracker: the one place that knows how the wire
 * protocol's messages map onto the tracker's events.
 *
 * - Outgoing: a WebSocket subclass numbers the document-writing messages (step 2, update) as they
 *   are sent — counted at the socket, so no y-websocket internals are assumed.
 * - Incoming: the sync handler is wrapped, not replaced; it peeks at a copy of the decoder for the
 *   server's step-1 state vector and the updates it sends (both durable), then lets y-websocket
 *   handle the message as always. The durable-ack is Dialogdag's one extension message.
 */
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { MessageType, SyncMessageType } from '../../../shared/protocol.js';
import type { DurableTracker, WriteKind } from './durable-tracker.js';

export interface TrackedProviderOptions {
  serverUrl: string;
  roomName: string;
  doc: Y.Doc;
  tracker: DurableTracker;
  protocols: string[];
  maxBackoffTime: number;
  /** The WebSocket class to extend; tests pass a fake. Defaults to the browser's. */
  WebSocketImpl?: typeof WebSocket;
}

/** A provider that is not yet connected (call `connect()` after adding listeners). */
export function createTrackedProvider(options: TrackedProviderOptions): WebsocketProvider {
  const { tracker } = options;
  const provider = new WebsocketProvider(options.serverUrl, options.roomName, options.doc, {
    connect: false,
    protocols: options.protocols,
    disableBc: true,
    maxBackoffTime: options.maxBackoffTime,
    WebSocketPolyfill: countingWebSocket(options.WebSocketImpl ?? WebSocket, (kind) =>
      tracker.writeSent(kind),
    ),
  });

  const handleSync = provider.messageHandlers[MessageType.sync];
  if (!handleSync) throw new Error('y-websocket provider has no sync message handler');
  provider.messageHandlers[MessageType.sync] = (encoder, decoder, p, emitSynced, messageType) => {
    peekSyncMessage(decoding.clone(decoder), tracker);
    handleSync(encoder, decoder, p, emitSynced, messageType);
  };
  provider.messageHandlers[MessageType.durableAck] = (_encoder, decoder) => {
    tracker.ack(decoding.readVarUint(decoder));
  };

  provider.on('status', ({ status }) => {
    if (status === 'connected') tracker.connectionOpened();
  });
  // Emitted for every closed socket, also one that never opened.
  provider.on('connection-close', () => tracker.connectionClosed());
  return provider;
}

function peekSyncMessage(decoder: decoding.Decoder, tracker: DurableTracker): void {
  const type = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (type === SyncMessageType.step1) tracker.serverStateVector(payload);
  else if (type === SyncMessageType.step2 || type === SyncMessageType.update) tracker.serverUpdate(payload);
}

/** The kind of document-writing message `data` is, or null for anything else (step 1, awareness). */
export function writeKindOf(data: unknown): WriteKind | null {
  if (!(data instanceof Uint8Array) || data.length < 2) return null;
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MessageType.sync) return null;
  const subtype = decoding.readVarUint(decoder);
  if (subtype === SyncMessageType.step2) return 'step2';
  if (subtype === SyncMessageType.update) return 'update';
  return null;
}

function countingWebSocket(Base: typeof WebSocket, onWrite: (kind: WriteKind) => void): typeof WebSocket {
  return class CountingWebSocket extends Base {
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      super.send(data);
      // Counted after a send that did not throw: a message that never left was never stored.
      const kind = writeKindOf(data);
      if (kind) onWrite(kind);
    }
  };
}

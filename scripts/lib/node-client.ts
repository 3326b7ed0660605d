/**
 * A Node.js Dialogdag client: the unmodified y-websocket `WebsocketProvider` over the `ws` package,
 * authenticating with the documented subprotocol entries. Used by the demo command, the tests and
 * the benchmarks — the same way an integrator would connect.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import {
  MessageType,
  SUBPROTOCOL,
  SUBPROTOCOL_ACK,
  SUBPROTOCOL_AUTH_PREFIX,
  SYNC_PATH_PREFIX,
} from '../../shared/protocol.js';

export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Highest durable-ack count received on the current connection (ack clients only). */
  acked(): number;
  destroy(): void;
}

export function connectYClient(
  wsUrl: string,
  docName: string,
  token: string,
  opts: { doc?: Y.Doc; acks?: boolean; connect?: boolean } = {},
): YClient {
  const doc = opts.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(wsUrl + SYNC_PATH_PREFIX.slice(0, -1), docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    protocols: [opts.acks ? SUBPROTOCOL_ACK : SUBPROTOCOL, SUBPROTOCOL_AUTH_PREFIX + token],
    disableBc: true,
    maxBackoffTime: 300,
    connect: opts.connect ?? true,
  });
  let acked = 0;
  provider.messageHandlers[MessageType.durableAck] = (_enc, decoder: decoding.Decoder) => {
    acked = decoding.readVarUint(decoder);
  };
  provider.on('status', ({ status }) => {
    if (status === 'connecting') acked = 0;
  });
  return {
    doc,
    provider,
    acked: () => acked,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `predicate` holds, or fails with `what` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function waitSynced(client: YClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, 'sync', timeoutMs);
}

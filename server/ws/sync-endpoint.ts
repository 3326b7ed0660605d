/**
 * The thin `ws` adapter: authorises the HTTP upgrade (before any 101), then turns each socket into a
 * {@link SyncPeer} of a room. Everything protocol-level lives in the room.
 *
 * Upgrade order — AUTH → VALIDATION → RESOLUTION: a token (401), a well-formed doc name (400), an
 * allowed Origin (403), an existing document of the token's event (404), and access to it (403).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CloseCode,
  MAX_MESSAGE_BYTES,
  SUBPROTOCOL,
  SUBPROTOCOL_ACK,
  SUBPROTOCOL_AUTH_PREFIX,
  SUBPROTOCOL_GENERATION_PREFIX,
  SYNC_PATH_PREFIX,
  accessFor,
  parseDocName,
} from '../../shared/protocol.js';
import type { Storage } from '../storage/storage.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';
import type { RoomRegistry } from '../sync/registry.js';
import type { SyncPeer } from '../sync/connection.js';
import type { SyncLimits } from '../sync/limits.js';
import { bearerToken } from '../auth/tokens.js';
import { resolveToken } from '../auth/principal.js';
import type { OriginPolicy } from '../http/origin.js';

export interface SyncEndpointDeps {
  storage: Storage;
  registry: RoomRegistry;
  limits: SyncLimits;
  metrics: Metrics;
  log: Logger;
  originPolicy: OriginPolicy;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  503: 'Service Unavailable',
};

function refuse(socket: Duplex, status: number, metrics: Metrics): void {
  metrics.upgradesRefused.inc({ status: String(status) });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  }
  socket.destroy();
}

/** Splits `Sec-WebSocket-Protocol` into entries. */
function offeredProtocols(req: IncomingMessage): string[] {
  const header = req.headers['sec-websocket-protocol'];
  return header ? header.split(',').map((p) => p.trim()) : [];
}

function tokenOf(req: IncomingMessage, protocols: string[]): string | null {
  const fromProtocol = protocols.find((p) => p.startsWith(SUBPROTOCOL_AUTH_PREFIX));
  if (fromProtocol) return fromProtocol.slice(SUBPROTOCOL_AUTH_PREFIX.length) || null;
  return bearerToken(req.headers.authorization);
}

let nextPeerId = 1;

export function attachSyncEndpoint(server: Server, deps: SyncEndpointDeps) {
  const { storage, registry, limits, metrics, log, originPolicy } = deps;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
    // Answer with a version protocol, never with the credential entry.
    handleProtocols: (offered) =>
      offered.has(SUBPROTOCOL_ACK) ? SUBPROTOCOL_ACK : offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false,
  });
  const alive = new WeakMap<WebSocket, boolean>();
  let accepting = true;

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (err) => log.debug({ err: err.message }, 'upgrade socket error'));
    if (!accepting) return refuse(socket, 503, metrics);
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith(SYNC_PATH_PREFIX)) return refuse(socket, 404, metrics);

    // AUTH
    const protocols = offeredProtocols(req);
    const token = tokenOf(req, protocols);
    const principal = token ? resolveToken(storage, token) : null;
    if (!principal) return refuse(socket, 401, metrics);

    // VALIDATION: the raw path segment, never URL-decoded, must follow the grammar.
    const name = path.slice(SYNC_PATH_PREFIX.length);
    const ref = parseDocName(name);
    if (!ref) return refuse(socket, 400, metrics);
    if (!originPolicy.allows(req.headers.origin, req.headers.host)) return refuse(socket, 403, metrics);

    // RESOLUTION: the document exists (nothing is ever created here) and the role may open it.
    const docRow = storage.getDoc(name);
    if (!docRow || docRow.eventId !== principal.eventId) return refuse(socket, 404, metrics);
    const access = accessFor(principal.role, docRow.kind, docRow.tableId === principal.tableId);
    if (access === 'none') return refuse(socket, 403, metrics);

    const generationEntry = protocols.find((p) => p.startsWith(SUBPROTOCOL_GENERATION_PREFIX));
    const offeredGeneration = generationEntry?.slice(SUBPROTOCOL_GENERATION_PREFIX.length);

    wss.handleUpgrade(req, socket, head, (ws) => {
      const peer = createPeer(ws, {
        role: principal.role,
        eventId: principal.eventId,
        tableId: principal.tableId,
        access,
        wantsDurableAcks: ws.protocol === SUBPROTOCOL_ACK,
      });
      metrics.connectionsOpened.inc({ role: principal.role });
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));

      if (offeredGeneration && offeredGeneration !== docRow.generation) {
        peer.close(CloseCode.generationMismatch, 'document generation changed');
        return;
      }
      registry.join(name, peer);
      ws.on('message', (data, isBinary) => {
        if (peer.closed) return;
        metrics.messagesIn.inc();
        if (!isBinary)
          return peer.close(CloseCode.malformedMessage, 'text frames are not part of the protocol');
        const buf = data as Buffer;
        registry.receive(name, peer, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
      });
      ws.on('close', () => {
        peer.closed = true;
        registry.leave(name, peer);
      });
    });
  });

  function createPeer(
    ws: WebSocket,
    who: Pick<SyncPeer, 'role' | 'eventId' | 'tableId' | 'access' | 'wantsDurableAcks'>,
  ): SyncPeer & { closed: boolean } {
    const id = `c${nextPeerId++}`;
    // A malformed frame (RSV bits, over maxPayload) surfaces here; ws then closes the socket itself.
    ws.on('error', (err) => {
      metrics.rejected.inc({ reason: 'frame' });
      log.info({ peer: id, err: err.message }, 'socket error');
    });
    const peer = {
      id,
      ...who,
      closed: false,
      send(message: Uint8Array) {
        if (peer.closed || ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > limits.maxBufferedBytes) {
          peer.close(CloseCode.slowConsumer, 'not reading fast enough');
          ws.terminate();
          return;
        }
        ws.send(message);
      },
      close(code: CloseCode, reason: string) {
        if (peer.closed) return;
        peer.closed = true;
        metrics.closes.inc({ code: String(code) });
        ws.close(code, reason);
      },
    };
    return peer;
  }

  const pingTimer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        metrics.closes.inc({ code: String(CloseCode.unresponsive) });
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, limits.pingIntervalMs);
  pingTimer.unref();

  return {
    connectionCount: (): number => wss.clients.size,
    /** Stops accepting upgrades; the registry closes the open ones (1012) after flushing. */
    stopAccepting(): void {
      accepting = false;
      clearInterval(pingTimer);
    },
    /** Resolves when every socket has closed, or terminates the stragglers after `timeoutMs`. */
    async drain(timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

export type SyncEndpoint = ReturnType<typeof attachSyncEndpoint>;

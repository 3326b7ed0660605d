/**
 * A protocol-level client: opens a sync socket with chosen headers and sends hand-encoded frames,
 * for testing what the server does with what no well-behaved client would send.
 */
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { SUBPROTOCOL, SUBPROTOCOL_AUTH_PREFIX, SYNC_PATH_PREFIX } from '../../shared/protocol.js';

export interface UpgradeResult {
  /** HTTP status of a refused upgrade, or 101. */
  status: number;
  ws: WebSocket | null;
}

/** Attempts the upgrade and reports the status (101 when accepted). */
export function tryUpgrade(
  wsUrl: string,
  path: string,
  opts: { token?: string; origin?: string; protocols?: string[]; autoPong?: boolean } = {},
): Promise<UpgradeResult> {
  const protocols = opts.protocols ?? [
    SUBPROTOCOL,
    ...(opts.token ? [SUBPROTOCOL_AUTH_PREFIX + opts.token] : []),
  ];
  return new Promise((resolve) => {
    const ws = new WebSocket(wsUrl + path, protocols, {
      ...(opts.origin ? { origin: opts.origin } : {}),
      ...(opts.autoPong === false ? { autoPong: false } : {}),
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, ws: null });
      ws.terminate();
    });
    ws.on('open', () => resolve({ status: 101, ws }));
    ws.on('error', () => resolve({ status: 0, ws: null }));
  });
}

export async function openRaw(
  wsUrl: string,
  docName: string,
  token: string,
  protocols?: string[],
  opts: { autoPong?: boolean } = {},
) {
  const r = await tryUpgrade(wsUrl, SYNC_PATH_PREFIX + docName, {
    token,
    ...(protocols ? { protocols } : {}),
    ...opts,
  });
  if (!r.ws) throw new Error(`upgrade refused: ${r.status}`);
  return r.ws;
}

/** Resolves with the close code when the socket closes (or null if still open after `timeoutMs`). */
export function closeCode(ws: WebSocket, timeoutMs = 3000): Promise<number | null> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) return resolve(-1);
    const timer = setTimeout(() => resolve(null), timeoutMs);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export function frame(...parts: (number | Uint8Array)[]): Uint8Array {
  const enc = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(enc, p);
    else encoding.writeVarUint8Array(enc, p);
  }
  return encoding.toUint8Array(enc);
}

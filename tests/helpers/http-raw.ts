/**
 * HTTP at the byte level, for what `fetch` and the `ws` client normalise away: raw request paths
 * (`/sync/../x` stays `/sync/../x`), any Content-Type, a chosen keep-alive agent, and upgrade
 * requests whose answer (status and headers) is reported instead of completed into a WebSocket.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  /** Local port of the TCP connection that carried the request (tells connections apart). */
  localPort: number;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** A string or bytes sent as is; an object is sent as JSON with `content-type: application/json`. */
  body?: string | Buffer | object;
  agent?: http.Agent;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
}

export function request(baseUrl: string, path: string, opts: RawRequest = {}): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const headers: Record<string, string> = { ...opts.headers };
  let payload: Buffer | undefined;
  if (typeof opts.body === 'string' || Buffer.isBuffer(opts.body)) payload = Buffer.from(opts.body);
  else if (opts.body !== undefined) {
    payload = Buffer.from(JSON.stringify(opts.body));
    headers['content-type'] ??= 'application/json';
  }
  if (payload && !opts.chunked) headers['content-length'] = String(payload.length);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: opts.method ?? 'GET',
        headers,
        agent: opts.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json,
            localPort: res.socket?.localPort ?? 0,
          });
        });
        res.on('error', reject);
      },
    );
    // The server may answer (413) and close before it has read a large body: the answer still counts.
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

export interface UpgradeAnswer {
  /** 101 when the server switched protocols, else the refusal status. */
  status: number;
  headers: http.IncomingHttpHeaders;
}

/**
 * Sends a WebSocket upgrade request for exactly `path` (no URL normalisation) and reports the answer;
 * an accepted upgrade is closed at once.
 */
export function rawUpgrade(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<UpgradeAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path,
      agent: false,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        ...headers,
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

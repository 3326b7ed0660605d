/**
 * A small method + path router. Handlers return a JSON reply or throw {@link HttpError}; anything
 * else thrown is a bug: logged, answered with 500, never fatal to the process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';

export interface Reply {
  status: number;
  body?: unknown;
  /** Plain-text body (e.g. Prometheus metrics) instead of JSON. */
  text?: string;
  /** A file body (exports) with its content type. */
  file?: { contentType: string; data: Buffer | string };
  headers?: Record<string, string>;
}

export interface RouteContext {
  req: IncomingMessage;
  params: Record<string, string>;
}

type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  /** The route as written, a low-cardinality label for metrics. */
  label: string;
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      '^' +
        path.replace(/:([a-zA-Z]+)/g, (_, key: string) => {
          keys.push(key);
          return '([^/]+)';
        }) +
        '$',
    );
    this.routes.push({ method, pattern, keys, label: path, handler });
    return this;
  }

  /** Handles the request if a route matches its path; returns false to let the caller serve it. */
  async handle(req: IncomingMessage, res: ServerResponse, log: Logger, metrics: Metrics): Promise<boolean> {
    const path = (req.url ?? '/').split('?')[0]!;
    const matching = this.routes.filter((r) => r.pattern.test(path));
    if (matching.length === 0) return false;
    const route = matching.find((r) => r.method === req.method);
    let reply: Reply;
    if (!route) {
      reply = errorReply(new HttpError('bad_request', `Method ${req.method} is not supported here.`));
      reply.status = 405;
      reply.headers = { Allow: matching.map((r) => r.method).join(', ') };
    } else {
      const m = route.pattern.exec(path)!;
      const params: Record<string, string> = {};
      route.keys.forEach((k, i) => (params[k] = m[i + 1]!));
      try {
        reply = await route.handler({ req, params });
      } catch (error) {
        if (error instanceof HttpError) {
          reply = errorReply(error);
        } else {
          log.error(
            { err: error instanceof Error ? error.stack : String(error), route: route.label },
            'handler failed',
          );
          reply = errorReply(new HttpError('internal', 'Something went wrong on the server.'));
        }
      }
    }
    metrics.httpRequests.inc({ route: route?.label ?? path, status: String(reply.status) });
    send(res, reply);
    return true;
  }
}

function errorReply(error: HttpError): Reply {
  return {
    status: error.status,
    body: { error: { code: error.code, message: error.message } },
    headers: error.headers,
  };
}

export function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...reply.headers };
  if (reply.file !== undefined) {
    res.writeHead(reply.status, { 'Content-Type': reply.file.contentType, ...headers });
    res.end(reply.file.data);
  } else if (reply.text !== undefined) {
    res.writeHead(reply.status, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', ...headers });
    res.end(reply.text);
  } else if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
  } else {
    res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(reply.body));
  }
}

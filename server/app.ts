/**
 * Builds the whole server — storage, rooms, HTTP API, static client and the sync endpoint — on one
 * port. `main.ts` runs it as a process; tests build it in-process on port 0.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type pino from 'pino';
import type { Config } from './config.js';
import { createLogger } from './log.js';
import { createMetrics } from './metrics.js';
import { openSqliteStorage } from './storage/sqlite.js';
import { RoomRegistry } from './sync/registry.js';
import { attachSyncEndpoint } from './ws/sync-endpoint.js';
import { createOriginPolicy } from './http/origin.js';
import { Router, send } from './http/router.js';
import { HttpError } from './http/errors.js';
import { JoinLimiter, type JoinLimits, DEFAULT_JOIN_LIMITS } from './http/join-limiter.js';
import { registerEventRoutes } from './http/api-events.js';
import { registerTableRoutes } from './http/api-tables.js';
import { registerJoinRoutes } from './http/api-join.js';
import { registerHealthRoutes } from './http/api-health.js';
import { registerReportRoutes } from './http/api-report.js';
import { registerEmbeddingRoutes } from './http/api-embeddings.js';
import { createEmbedderService } from './suggest/embedder-service.js';
import { serveStatic } from './http/static.js';
import type { ApiDeps } from './http/deps.js';

export interface AppOptions {
  logDestination?: pino.DestinationStream;
  joinLimits?: JoinLimits;
}

export function createApp(config: Config, options: AppOptions = {}) {
  const log = createLogger(config.logLevel, options.logDestination);
  const metrics = createMetrics();
  const storage = openSqliteStorage(config.dataDir, config.sqliteSynchronous);
  const registry = new RoomRegistry(storage, config.limits, metrics, log);
  const originPolicy = createOriginPolicy(config.publicOrigin);
  const joinLimiter = new JoinLimiter(options.joinLimits ?? DEFAULT_JOIN_LIMITS);
  const deps: ApiDeps = { config, storage, registry, metrics, log, joinLimiter };
  const embedder = createEmbedderService(config.embedderModelDir, log);

  const router = new Router();
  registerHealthRoutes(router, deps);
  registerEventRoutes(router, deps);
  registerTableRoutes(router, deps);
  registerJoinRoutes(router, deps);
  registerReportRoutes(router, deps);
  registerEmbeddingRoutes(router, deps, embedder);

  const server = http.createServer((req, res) => {
    res.on('error', (err) => log.debug({ err: err.message }, 'response error'));
    const isApi = (req.url ?? '').startsWith('/api/');
    if (isApi && req.method !== 'GET' && !originPolicy.allows(req.headers.origin, req.headers.host)) {
      const err = new HttpError('forbidden', 'Requests from this origin are not accepted.');
      send(res, { status: err.status, body: { error: { code: err.code, message: err.message } } });
      return;
    }
    router
      .handle(req, res, log, metrics)
      .then((handled) => {
        if (handled) return;
        if (isApi) {
          send(res, { status: 404, body: { error: { code: 'not_found', message: 'No such API route.' } } });
          return;
        }
        serveStatic(config.staticDir, req, res);
      })
      .catch((error: unknown) => {
        log.error({ err: (error as Error).message }, 'request failed');
        res.destroy();
      });
  });
  server.on('clientError', (err, socket) => {
    log.debug({ err: err.message }, 'client error');
    socket.destroy();
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  const sync = attachSyncEndpoint(server, {
    storage,
    registry,
    limits: config.limits,
    metrics,
    log,
    originPolicy,
  });
  metrics.bindSources({ connections: () => sync.connectionCount(), roomsLoaded: () => registry.loadedCount });

  let closing: Promise<void> | null = null;

  return {
    server,
    storage,
    registry,
    log,
    metrics,
    /** Starts listening; resolves with the bound port (port 0 picks a free one). */
    listen(): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    /**
     * Graceful stop (SIGTERM): refuse new sockets and requests, merge every log into its snapshot,
     * close clients with 1012 so they reconnect to the next process, then close the database.
     * Every accepted update was appended before it was acknowledged, so nothing is lost.
     */
    close(): Promise<void> {
      closing ??= (async () => {
        sync.stopAccepting();
        server.close();
        registry.shutdown();
        await sync.drain(config.shutdownTimeoutMs);
        server.closeAllConnections();
        joinLimiter.close();
        await embedder.close();
        storage.close();
        log.info('server stopped');
      })();
      return closing;
    },
  };
}

export type App = ReturnType<typeof createApp>;

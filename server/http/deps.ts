/** What the HTTP handlers need, passed explicitly so tests can build the app around a temp DATA_DIR. */
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.js';
import type { Storage } from '../storage/storage.js';
import type { RoomRegistry } from '../sync/registry.js';
import type { Metrics } from '../metrics.js';
import type { Logger } from '../log.js';
import type { JoinLimiter } from './join-limiter.js';

export interface ApiDeps {
  config: Config;
  storage: Storage;
  registry: RoomRegistry;
  metrics: Metrics;
  log: Logger;
  joinLimiter: JoinLimiter;
}

/** The origin links are built on: PUBLIC_ORIGIN, or the host this request was sent to. */
export function publicOrigin(deps: ApiDeps, req: IncomingMessage): string {
  if (deps.config.publicOrigin) return deps.config.publicOrigin;
  const host = req.headers.host ?? `localhost:${deps.config.port}`;
  return `http://${host}`;
}

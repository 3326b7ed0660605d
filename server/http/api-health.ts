/**
 * Liveness and metrics for operators (`/healthz` writes to storage, so a full disk shows as 503), and
 * the server's clock for timers.
 */
import type { ApiDeps } from './deps.js';
import type { Router } from './router.js';

export function registerHealthRoutes(router: Router, deps: ApiDeps): void {
  router.add('GET', '/healthz', () => {
    try {
      deps.storage.ping();
      return { status: 200, body: { status: 'ok' } };
    } catch (error) {
      deps.log.error({ err: (error as Error).message }, 'health check: storage failed');
      return {
        status: 503,
        body: {
          status: 'unavailable',
          error: { code: 'storage_unavailable', message: 'Storage is not answering.' },
        },
      };
    }
  });
  router.add('GET', '/metrics', () => ({ status: 200, text: deps.metrics.render() }));
  // The one clock every device counts the facilitator's timer by (client/src/state/server-clock.ts).
  router.add('GET', '/api/time', () => ({ status: 200, body: { nowMs: Date.now() } }));
}

/**
 * Starts the suggestion worker. Vite recognises this exact `new Worker(new URL(…), { type: 'module' })`
 * form and emits the worker as its own file from the page's origin, which the CSP's
 * `worker-src 'self'` allows. Kept apart so tests can hand the client a fake worker instead.
 */
import type { SuggestWorker } from './suggest-client.js';

export function spawnSuggestWorker(): SuggestWorker {
  return new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module', name: 'suggest' });
}

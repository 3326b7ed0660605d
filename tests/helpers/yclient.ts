/** Real Yjs clients for tests: the same Node client the demo and benchmarks use. */
export * from '../../scripts/lib/node-client.js';

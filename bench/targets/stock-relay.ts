/**
 * The stock relay: `@y/websocket-server` 0.1.1 (the last release for yjs 13), started with its own
 * bin exactly as its README says (`HOST=… PORT=… npx y-websocket`). No auth, no persistence (its
 * LevelDB persistence is opt-in via YPERSISTENCE and off here): what people deploy first.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { spawnServer } from '../lib/server-proc.js';
import { ROOT } from '../lib/paths.js';
import { plainProvision } from './plain-names.js';
import type { Target } from './types.js';

const require = createRequire(import.meta.url);
const BIN = path.join(path.dirname(require.resolve('@y/websocket-server/package.json')), 'src/server.js');

export const stockRelay: Target = {
  id: 'stock',
  label: 'stock relay',
  framing: 'y-websocket',
  persistent: false,
  hasDoc: true,
  acks: 'none',

  start: ({ port, pin, cpuProfDir }) =>
    spawnServer({
      cwd: ROOT,
      nodeArgs: [BIN],
      env: { HOST: '127.0.0.1', PORT: String(port) },
      port,
      healthPath: '/',
      pin,
      cpuProfDir,
    }),

  provision: async (server, { tables }) => plainProvision(server, tables, (s, name) => `${s.wsUrl}/${name}`),

  realClient(server, spec, doc) {
    const provider = new WebsocketProvider(server.wsUrl, spec.docName, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 300,
    });
    return {
      doc,
      synced: () => provider.synced,
      destroy: () => {
        provider.destroy();
        doc.destroy();
      },
    };
  },

  notes: () => ['no auth, no persistence (stock bin)'],
};

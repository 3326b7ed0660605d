/**
 * Hocuspocus 3.4.4 with @hocuspocus/extension-sqlite (bench/servers/hocuspocus.ts). Its framing
 * differs from y-websocket's (document name first, an auth message before sync); the load clients
 * speak it. It stores a document debounced (2 s after the last change), not per update.
 */
import WebSocket from 'ws';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { spawnServer, type ServerProc } from '../lib/server-proc.js';
import { ROOT } from '../lib/paths.js';
import { programArgs, programNote } from '../lib/build.js';
import { ANY_TOKEN, plainProvision } from './plain-names.js';
import type { Target } from './types.js';

function persistenceNote(server: ServerProc): string {
  const match = /\{"benchPersistence":"([^"]*)"\}/.exec(server.output());
  return match?.[1] ?? 'unknown';
}

export const hocuspocus: Target = {
  id: 'hocuspocus',
  label: 'Hocuspocus',
  framing: 'hocuspocus',
  persistent: true,
  hasDoc: true,
  acks: 'applied',

  start: ({ dataDir, port, pin, cpuProfDir }) =>
    spawnServer({
      cwd: ROOT,
      nodeArgs: programArgs('hocuspocus'),
      env: { PORT: String(port), DATA_DIR: dataDir },
      port,
      healthPath: '/',
      pin,
      cpuProfDir,
    }),

  // Hocuspocus routes by the document name inside each message; the URL path is not used.
  provision: async (server, { tables }) => plainProvision(server, tables, (s) => s.wsUrl),

  realClient(server, spec, doc) {
    const provider = new HocuspocusProvider({
      url: server.wsUrl,
      name: spec.docName,
      document: doc,
      token: ANY_TOKEN,
      WebSocketPolyfill: WebSocket,
      delay: 100,
      minDelay: 100,
      maxDelay: 300,
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    return {
      doc,
      synced: () => provider.isSynced,
      destroy: () => {
        provider.destroy();
        doc.destroy();
      },
    };
  },

  notes(server) {
    const persistence = persistenceNote(server);
    return persistence === 'sqlite'
      ? [
          `SQLite extension (stores the whole doc, debounced 2 s after the last change); one socket per doc; ${programNote('hocuspocus')}`,
        ]
      : [`WITHOUT PERSISTENCE: ${persistence}`];
  },
};

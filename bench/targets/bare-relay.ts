/** The floor: bench/servers/bare-relay.ts, a broadcast relay with no Yjs at all. */
import { spawnServer } from '../lib/server-proc.js';
import { ROOT } from '../lib/paths.js';
import { programArgs, programNote } from '../lib/build.js';
import { plainProvision } from './plain-names.js';
import type { Target } from './types.js';

export const bareRelay: Target = {
  id: 'bare',
  label: 'bare ws',
  framing: 'y-websocket',
  persistent: false,
  hasDoc: false,
  acks: 'none',

  start: ({ port, pin, cpuProfDir }) =>
    spawnServer({
      cwd: ROOT,
      nodeArgs: programArgs('bare-relay'),
      env: { PORT: String(port) },
      port,
      healthPath: '/',
      pin,
      cpuProfDir,
    }),

  provision: async (server, { tables }) => plainProvision(server, tables, (s, name) => `${s.wsUrl}/${name}`),

  // No document on the server: nothing to converge with.
  realClient: () => null,

  notes: () => [`no Yjs, no document: forwards bytes (the floor); ${programNote('bare-relay')}`],
};

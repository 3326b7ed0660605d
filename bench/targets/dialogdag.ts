/**
 * Dialogdag's own server, as `npm start` runs it (compiled JS, bench/lib/build.ts): auth on every upgrade, every
 * update appended to SQLite (WAL) before it is broadcast, durable acks. Events and tables are created
 * through the HTTP API to get real tokens.
 */
import type { CreateEventResponse, CreateTableResponse, JoinResponse } from '../../shared/api.js';
import { SUBPROTOCOL_ACK, SUBPROTOCOL_AUTH_PREFIX, SYNC_PATH_PREFIX } from '../../shared/protocol.js';
import { connectYClient } from '../../scripts/lib/node-client.js';
import { apiCall, mapLimit } from '../lib/http.js';
import { spawnServer, type ServerProc } from '../lib/server-proc.js';
import type { ConnSpec } from '../lib/load-client.js';
import { ROOT } from '../lib/paths.js';
import { programArgs, programNote } from '../lib/build.js';
import type { DocPlan, Target } from './types.js';

/** A realistic day has up to ~50 tables per event; bigger layouts are split over several events. */
const TABLES_PER_EVENT = 50;

/**
 * Extra environment for our server in experiments, e.g. `BENCH_DIALOGDAG_ENV="SQLITE_SYNCHRONOUS=FULL"`
 * or `"COMPACT_EVERY_UPDATES=1000000"` (space-separated KEY=VALUE pairs). Printed with the results.
 */
const EXTRA_ENV: Record<string, string> = Object.fromEntries(
  (process.env.BENCH_DIALOGDAG_ENV ?? '')
    .split(/\s+/)
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const HTTP_CONCURRENCY = 8;

function spec(server: ServerProc, docName: string, token: string): ConnSpec {
  return {
    url: server.wsUrl + SYNC_PATH_PREFIX + docName,
    docName,
    protocols: [SUBPROTOCOL_ACK, SUBPROTOCOL_AUTH_PREFIX + token],
    token,
  };
}

export const dialogdag: Target = {
  id: 'dialogdag',
  label: 'Dialogdag',
  framing: 'y-websocket',
  persistent: true,
  hasDoc: true,
  acks: 'durable',

  start: ({ dataDir, port, pin, cpuProfDir }) =>
    spawnServer({
      cwd: ROOT,
      nodeArgs: programArgs('dialogdag'),
      env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...EXTRA_ENV },
      port,
      healthPath: '/healthz',
      pin,
      cpuProfDir,
    }),

  async provision(server, { tables }) {
    const eventCount = Math.max(1, Math.ceil(tables / TABLES_PER_EVENT));
    const events = await mapLimit(Array.from({ length: eventCount }), HTTP_CONCURRENCY, (_, i) =>
      apiCall<CreateEventResponse>(server.url, 'POST', '/api/events', { title: `Benchmarkdag ${i + 1}` }),
    );
    const plans = await mapLimit(Array.from({ length: tables }), HTTP_CONCURRENCY, async (_, i) => {
      const event = events[i % eventCount]!;
      const table = await apiCall<CreateTableResponse>(
        server.url,
        'POST',
        `/api/events/${event.eventId}/tables`,
        { name: `Bord ${i + 1}`, organisations: [`Kommun ${i + 1}`] },
        event.facilitatorToken,
      );
      const joined = await apiCall<JoinResponse>(server.url, 'POST', '/api/join', { code: table.joinCode });
      const plan: DocPlan = {
        docName: table.docName,
        writer: spec(server, table.docName, joined.token),
        facilitator: spec(server, table.docName, event.facilitatorToken),
      };
      return plan;
    });
    const facilitatorExtras = events.flatMap((e) => [
      spec(server, `event.${e.eventId}`, e.facilitatorToken),
      spec(server, `board.${e.eventId}`, e.facilitatorToken),
    ]);
    return { tables: plans, facilitatorExtras };
  },

  realClient(server, connSpec, doc) {
    const client = connectYClient(server.wsUrl, connSpec.docName, connSpec.token, { doc, acks: true });
    return { doc, synced: () => client.provider.synced, destroy: () => client.destroy() };
  },

  notes: () => [
    `auth on every upgrade, SQLite WAL append before broadcast, durable acks; ${programNote('dialogdag')}`,
    ...(Object.keys(EXTRA_ENV).length ? [`EXPERIMENT: ${process.env.BENCH_DIALOGDAG_ENV}`] : []),
  ],
};

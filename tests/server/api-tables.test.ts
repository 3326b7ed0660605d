/**
 * Tables and join codes over the REST API: create, list, rename, rotate, delete (and what deleting
 * does to open sockets), who may call the facilitator routes, how tolerant joining is, and the join
 * rate limit that slows guessing without locking out a venue that shares one IP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import type {
  ApiError,
  CreateTableResponse,
  JoinResponse,
  ListTablesResponse,
  TableSummary,
} from '../../shared/api.js';
import { CloseCode, SYNC_PATH_PREFIX, formatJoinCode, isWellFormedJoinCode } from '../../shared/protocol.js';
import { readTables } from '../../shared/docs/event-read.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { api, createFixture, type Fixture } from '../helpers/api.js';
import { expectApiError } from '../helpers/api-error.js';
import { request } from '../helpers/http-raw.js';
import { titled } from '../helpers/titled.js';
import { tryUpgrade } from '../helpers/raw-client.js';
import { SyncProbe } from '../helpers/sync-probe.js';
import { connectYClient, waitSynced } from '../helpers/yclient.js';

describe('tables and joining', () => {
  let server: TestServer;
  let fx: Fixture;
  let other: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 2);
    other = await createFixture(server.url, 1, 'Annan dag');
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  describe('tables', () => {
    const tablesPath = () => `/api/events/${fx.event.eventId}/tables`;
    const list = async () =>
      (await api<ListTablesResponse>(server.url, 'GET', tablesPath(), undefined, fx.event.facilitatorToken))
        .body.tables;
    const eventDocTables = async () => {
      const c = connectYClient(server.wsUrl, `event.${fx.event.eventId}`, fx.event.facilitatorToken);
      try {
        await waitSynced(c);
        return readTables(c.doc);
      } finally {
        c.destroy();
      }
    };

    it('are listed with well-formed join codes, join links carrying the code in the fragment, and doc names', async () => {
      const tables = await list();
      expect(tables.map((t) => t.tableId)).toEqual(fx.tables.map((t) => t.tableId));
      for (const t of tables) {
        expect(isWellFormedJoinCode(t.joinCode)).toBe(true);
        expect(new URL(t.joinUrl).hash).toBe(`#${t.joinCode}`);
        expect(t.docName).toBe(`table.${fx.event.eventId}.${t.tableId}`);
      }
    });

    it('are created with 201, a grant for the new doc, and mirrored into the event doc', async () => {
      const r = await api<CreateTableResponse>(
        server.url,
        'POST',
        tablesPath(),
        { name: 'Bord 3', organisations: ['Region Test'] },
        fx.event.facilitatorToken,
      );
      expect(r.status).toBe(201);
      expect(r.body.docs.map((d) => [d.name, d.access])).toEqual([[r.body.docName, 'write']]);
      expect((await list()).map((t) => t.tableId)).toContain(r.body.tableId);
      expect(await eventDocTables()).toContainEqual(
        expect.objectContaining({ tableId: r.body.tableId, name: 'Bord 3', organisations: ['Region Test'] }),
      );
    });

    it('are renamed with PATCH, in the list and in the event doc', async () => {
      const t = fx.tables[1]!;
      const r = await api<TableSummary>(
        server.url,
        'PATCH',
        `${tablesPath()}/${t.tableId}`,
        { name: 'Bord Två', organisations: ['Kommun A', 'Kommun B'] },
        fx.event.facilitatorToken,
      );
      expect(r.status).toBe(200);
      expect(r.body.name).toBe('Bord Två');
      expect((await list()).find((x) => x.tableId === t.tableId)?.name).toBe('Bord Två');
      expect((await eventDocTables()).find((x) => x.tableId === t.tableId)).toMatchObject({
        name: 'Bord Två',
        organisations: ['Kommun A', 'Kommun B'],
      });
      const missing = await api<ApiError>(
        server.url,
        'PATCH',
        `${tablesPath()}/zzzzzzzz`,
        { name: 'x' },
        fx.event.facilitatorToken,
      );
      expect(missing.status).toBe(404);
    });

    it('rotate their code: the old code is 404, the new one joins, and a tablet already in keeps working', async () => {
      const t = fx.tables[0]!;
      const r = await api<TableSummary>(
        server.url,
        'POST',
        `${tablesPath()}/${t.tableId}/rotate-code`,
        undefined,
        fx.event.facilitatorToken,
      );
      expect(r.status).toBe(200);
      expect(r.body.joinCode).not.toBe(t.joinCode);
      const old = await api<ApiError>(server.url, 'POST', '/api/join', { code: t.joinCode });
      expect(old.status).toBe(404);
      const fresh = await api<JoinResponse>(server.url, 'POST', '/api/join', { code: r.body.joinCode });
      expect(fresh.status).toBe(200);
      expect(fresh.body.tableId).toBe(t.tableId);
      const up = await tryUpgrade(server.wsUrl, SYNC_PATH_PREFIX + t.docName, { token: t.token });
      expect(up.status).toBe(101);
      up.ws!.terminate();
      fx.tables[0] = { ...t, joinCode: r.body.joinCode };
    });

    it("are deleted: their doc's sockets close with 4404, their tablets' event-doc sockets with 4401", async () => {
      const made = await api<CreateTableResponse>(
        server.url,
        'POST',
        tablesPath(),
        { name: 'Bord som tas bort' },
        fx.event.facilitatorToken,
      );
      const join = await api<JoinResponse>(server.url, 'POST', '/api/join', { code: made.body.joinCode });
      const tabletOnTable = await SyncProbe.open(server.wsUrl, made.body.docName, join.body.token);
      const tabletOnEvent = await SyncProbe.open(server.wsUrl, `event.${fx.event.eventId}`, join.body.token);
      const facilitatorOnTable = await SyncProbe.open(
        server.wsUrl,
        made.body.docName,
        fx.event.facilitatorToken,
      );
      const facilitatorOnEvent = await SyncProbe.open(
        server.wsUrl,
        `event.${fx.event.eventId}`,
        fx.event.facilitatorToken,
      );
      const otherTablet = await SyncProbe.open(
        server.wsUrl,
        `event.${fx.event.eventId}`,
        fx.tables[1]!.token,
      );
      try {
        const del = await api(
          server.url,
          'DELETE',
          `${tablesPath()}/${made.body.tableId}`,
          undefined,
          fx.event.facilitatorToken,
        );
        expect(del.status).toBe(204);
        expect(await tabletOnTable.closed).toBe(CloseCode.documentGone);
        expect(await facilitatorOnTable.closed).toBe(CloseCode.documentGone);
        expect(await tabletOnEvent.closed).toBe(CloseCode.unauthorised);
        await facilitatorOnEvent.requestState();
        await otherTablet.requestState();
        expect((await list()).map((t) => t.tableId)).not.toContain(made.body.tableId);
        expect((await eventDocTables()).map((t) => t.tableId)).not.toContain(made.body.tableId);
        const again = await tryUpgrade(server.wsUrl, SYNC_PATH_PREFIX + made.body.docName, {
          token: fx.event.facilitatorToken,
        });
        expect(again.status).toBe(404);
        expect(
          (
            await tryUpgrade(server.wsUrl, `${SYNC_PATH_PREFIX}event.${fx.event.eventId}`, {
              token: join.body.token,
            })
          ).status,
        ).toBe(401);
      } finally {
        [tabletOnTable, tabletOnEvent, facilitatorOnTable, facilitatorOnEvent, otherTablet].forEach((p) =>
          p.close(),
        );
      }
    });
  });

  describe('facilitator routes refuse every other token', () => {
    const ROUTES = [
      { route: 'GET tables', method: 'GET', path: (e: string) => `/api/events/${e}/tables`, body: undefined },
      {
        route: 'POST tables',
        method: 'POST',
        path: (e: string) => `/api/events/${e}/tables`,
        body: { name: 'x' },
      },
      {
        route: 'PATCH table',
        method: 'PATCH',
        path: (e: string, t: string) => `/api/events/${e}/tables/${t}`,
        body: { name: 'kapad' },
      },
      {
        route: 'DELETE table',
        method: 'DELETE',
        path: (e: string, t: string) => `/api/events/${e}/tables/${t}`,
        body: undefined,
      },
      {
        route: 'rotate-code',
        method: 'POST',
        path: (e: string, t: string) => `/api/events/${e}/tables/${t}/rotate-code`,
        body: undefined,
      },
      { route: 'DELETE event', method: 'DELETE', path: (e: string) => `/api/events/${e}`, body: undefined },
    ];
    const HOLDERS = [
      { holder: 'no token', status: 401, code: 'unauthorised', token: () => undefined },
      { holder: 'an unknown token', status: 401, code: 'unauthorised', token: () => 'x'.repeat(43) },
      {
        holder: "the event's tablet token",
        status: 403,
        code: 'forbidden',
        token: () => fx.tables[1]!.token,
      },
      {
        holder: "the event's projector token",
        status: 403,
        code: 'forbidden',
        token: () => fx.projectorToken,
      },
      {
        holder: "another event's facilitator token",
        status: 404,
        code: 'not_found',
        token: () => other.event.facilitatorToken,
      },
    ] as const;

    const cases = ROUTES.flatMap((r) => HOLDERS.map((h) => ({ ...r, ...h })));
    it.each(
      titled(cases, (c) => `${c.route} with ${c.holder} is refused with ${c.status} and changes nothing`),
    )('%s', async (_, { method, path, body, status, code, token }) => {
      const t = fx.tables[1]!;
      const before = await api<ListTablesResponse>(
        server.url,
        'GET',
        `/api/events/${fx.event.eventId}/tables`,
        undefined,
        fx.event.facilitatorToken,
      );
      const r = await api<ApiError>(server.url, method, path(fx.event.eventId, t.tableId), body, token());
      expect(r.status).toBe(status);
      expectApiError(r.body, code);
      const after = await api<ListTablesResponse>(
        server.url,
        'GET',
        `/api/events/${fx.event.eventId}/tables`,
        undefined,
        fx.event.facilitatorToken,
      );
      expect(after.body).toEqual(before.body);
    });
  });

  describe('joining', () => {
    const TYPED = [
      { as: 'abcd efgh', typed: (c: string) => `${c.slice(0, 4)} ${c.slice(4)}`.toLowerCase() },
      { as: 'ABCD-EFGH', typed: (c: string) => formatJoinCode(c) },
      { as: ' abcd-efgh ', typed: (c: string) => ` ${formatJoinCode(c).toLowerCase()} ` },
    ];
    it.each(titled(TYPED, (c) => `a code typed as "${c.as}" finds the table`))('%s', async (_, { typed }) => {
      const t = fx.tables[1]!;
      const code = typed(t.joinCode);
      expect(code).not.toBe(t.joinCode);
      const r = await api<JoinResponse>(server.url, 'POST', '/api/join', { code });
      expect(r.status).toBe(200);
      expect(r.body.tableId).toBe(t.tableId);
    });

    it('an unknown code is a 404 in the error shape', async () => {
      const r = await api<ApiError>(server.url, 'POST', '/api/join', { code: 'AAAA-AAAA' });
      expect(r.status).toBe(404);
      expectApiError(r.body, 'not_found');
    });
  });
});

describe('the join rate limit', () => {
  let server: TestServer;
  let fx: Fixture;
  beforeAll(async () => {
    server = await startTestServer({
      joinLimits: {
        windowMs: 60_000,
        freeFailuresPerConnection: 2,
        maxFailuresPerConnection: 4,
        maxFailuresPerCode: 100,
        maxFailuresPerIp: 1000,
        // Delays far above any answer time on a busy machine, so "slowed" and "not slowed" cannot be confused.
        baseDelayMs: 1000,
        maxDelayMs: 2000,
      },
    });
    fx = await createFixture(server.url, 1);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('slows repeated failures on one connection, then answers 429 with Retry-After; a fresh connection from the same IP is not locked out', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    /** On the shared keep-alive connection, or (`fresh`) on a new one. */
    const join = (code: string, fresh = false) =>
      request(server.url, '/api/join', { method: 'POST', body: { code }, ...(fresh ? {} : { agent }) });
    const timed = async (code: string) => {
      const t0 = Date.now();
      const r = await join(code);
      return { ...r, ms: Date.now() - t0 };
    };
    try {
      const answers = [];
      for (const code of ['AAAAAAAA', 'CCCCCCCC', 'DDDDDDDD', 'EEEEEEEE']) answers.push(await timed(code));
      expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
      expect(new Set(answers.map((a) => a.localPort)).size).toBe(1);
      expect(answers[0]!.ms).toBeLessThan(1000);
      expect(answers[1]!.ms).toBeLessThan(1000);
      expect(answers[2]!.ms).toBeGreaterThanOrEqual(995);
      expect(answers[3]!.ms).toBeGreaterThanOrEqual(1995);

      const locked = await join(fx.tables[0]!.joinCode);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expectApiError(locked.json, 'rate_limited');
      expect(locked.localPort).toBe(answers[0]!.localPort);

      // Another tablet at the same venue (same IP, its own connection).
      const t0 = Date.now();
      const wrong = await join('FFFFFFFF', true);
      expect(wrong.status).toBe(404);
      expect(Date.now() - t0).toBeLessThan(1000);
      const right = await join(fx.tables[0]!.joinCode, true);
      expect(right.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});

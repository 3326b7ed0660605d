/**
 * The REST API against the real server: request bodies and their errors, events, the grants each
 * token gets, health and metrics. Tables, join codes and access rules are in api-tables.test.ts;
 * deletion, hashing and logs in api-privacy.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { ApiError, CreateEventResponse, SessionResponse } from '../../shared/api.js';
import { SYNC_PATH_PREFIX } from '../../shared/protocol.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { api, createFixture, type Fixture } from '../helpers/api.js';
import { expectApiError } from '../helpers/api-error.js';
import { request } from '../helpers/http-raw.js';
import { titled } from '../helpers/titled.js';
import { countRows } from '../helpers/data-dir.js';
import { tryUpgrade } from '../helpers/raw-client.js';
import { SyncProbe, metricTotal } from '../helpers/sync-probe.js';
import { waitFor } from '../helpers/yclient.js';

const MiB = 1024 * 1024;

describe('the REST API', () => {
  let server: TestServer;
  let fx: Fixture;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 2);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  describe('validates every request body', () => {
    const ROUTES = [
      {
        route: 'POST /api/events',
        method: 'POST',
        path: () => '/api/events',
        token: () => '',
        table: 'events',
      },
      {
        route: 'POST /api/events/:id/tables',
        method: 'POST',
        path: () => `/api/events/${fx.event.eventId}/tables`,
        token: () => fx.event.facilitatorToken,
        table: 'tables',
      },
      {
        route: 'PATCH /api/events/:id/tables/:tableId',
        method: 'PATCH',
        path: () => `/api/events/${fx.event.eventId}/tables/${fx.tables[0]!.tableId}`,
        token: () => fx.event.facilitatorToken,
        table: 'tables',
      },
      { route: 'POST /api/join', method: 'POST', path: () => '/api/join', token: () => '', table: 'tokens' },
    ];
    const BAD = [
      {
        what: 'a text/plain body',
        status: 415,
        code: 'unsupported_media_type',
        type: 'text/plain',
        body: '{}',
      },
      { what: 'no content type', status: 415, code: 'unsupported_media_type', type: '', body: '{}' },
      { what: 'invalid JSON', status: 400, code: 'bad_request', type: 'application/json', body: '{"title":' },
      { what: 'a JSON array', status: 400, code: 'bad_request', type: 'application/json', body: '[]' },
      {
        what: 'a body over 64 KiB',
        status: 413,
        code: 'payload_too_large',
        type: 'application/json',
        body: JSON.stringify({ title: 'x'.repeat(70_000), name: 'x', code: 'x' }),
      },
    ] as const;
    const cases = ROUTES.flatMap((r) => BAD.map((b) => ({ ...r, ...b })));

    it.each(titled(cases, (c) => `${c.route} answers ${c.what} with ${c.status} and changes nothing`))(
      '%s',
      async (_, c) => {
        const before = countRows(server.dataDir, c.table);
        const headers: Record<string, string> = c.type ? { 'content-type': c.type } : {};
        if (c.token()) Object.assign(headers, bearer(c.token()));
        const r = await request(server.url, c.path(), { method: c.method, headers, body: c.body });
        expect(r.status).toBe(c.status);
        expectApiError(r.json, c.code);
        expect(countRows(server.dataDir, c.table)).toBe(before);
      },
    );

    it('a chunked body over 64 KiB without Content-Length is refused with 413', async () => {
      const r = await request(server.url, '/api/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'x'.repeat(MiB) }),
        chunked: true,
      });
      expect(r.status).toBe(413);
      expectApiError(r.json, 'payload_too_large');
    });

    const INVALID = [
      { what: 'an event without a title', path: () => '/api/events', body: { language: 'sv' } },
      { what: 'an event with a blank title', path: () => '/api/events', body: { title: '   ' } },
      { what: 'an event with a bad date', path: () => '/api/events', body: { title: 'x', date: '1/2/2025' } },
      {
        what: 'an event in an unknown language',
        path: () => '/api/events',
        body: { title: 'x', language: 'de' },
      },
      { what: 'a table without a name', path: () => `/api/events/${fx.event.eventId}/tables`, body: {} },
      { what: 'a join without a code', path: () => '/api/join', body: {} },
    ];
    it.each(titled(INVALID, (c) => `${c.what} is refused with 400 bad_request`))(
      '%s',
      async (_, { path, body }) => {
        const r = await api<ApiError>(server.url, 'POST', path(), body, fx.event.facilitatorToken);
        expect(r.status).toBe(400);
        expectApiError(r.body, 'bad_request');
      },
    );

    it('a PATCH that changes nothing is refused with 400', async () => {
      const path = `/api/events/${fx.event.eventId}/tables/${fx.tables[0]!.tableId}`;
      const r = await api<ApiError>(server.url, 'PATCH', path, {}, fx.event.facilitatorToken);
      expect(r.status).toBe(400);
      expectApiError(r.body, 'bad_request');
    });

    it('a state-changing call from a foreign Origin is refused with 403, a same-host one is accepted', async () => {
      const body = { title: 'Från fel sajt' };
      const evil = await request(server.url, '/api/events', {
        method: 'POST',
        headers: { origin: 'http://evil.example' },
        body,
      });
      expect(evil.status).toBe(403);
      expectApiError(evil.json, 'forbidden');
      const same = await request(server.url, '/api/events', {
        method: 'POST',
        headers: { origin: server.url },
        body,
      });
      expect(same.status).toBe(201);
    });

    it('an unknown API route is a JSON 404', async () => {
      const r = await request(server.url, '/api/nope');
      expect(r.status).toBe(404);
      expectApiError(r.json, 'not_found');
    });
  });

  it('POST /api/events answers 201 with the facilitator token only in the URL fragment', async () => {
    const r = await api<CreateEventResponse>(server.url, 'POST', '/api/events', { title: 'Dialogdag 2' });
    expect(r.status).toBe(201);
    const url = new URL(r.body.facilitatorUrl);
    expect(url.hash).toBe(`#${r.body.facilitatorToken}`);
    expect(url.pathname + url.search).not.toContain(r.body.facilitatorToken);
    const projector = new URL(r.body.projectorUrl);
    expect(projector.hash.length).toBeGreaterThan(20);
    expect(projector.hash.slice(1)).not.toBe(r.body.facilitatorToken);
    expect(r.body.docs.map((d) => [d.name, d.access]).sort()).toEqual([
      [`board.${r.body.eventId}`, 'write'],
      [`event.${r.body.eventId}`, 'write'],
    ]);
  });

  it('a facilitator can issue a new projector link; it reads the day as a projector, and old links keep working', async () => {
    const r = await api<{ projectorUrl: string }>(
      server.url,
      'POST',
      `/api/events/${fx.event.eventId}/projector-link`,
      undefined,
      fx.event.facilitatorToken,
    );
    expect(r.status).toBe(201);
    const token = new URL(r.body.projectorUrl).hash.slice(1);
    expect(token).not.toBe(fx.projectorToken);
    for (const t of [token, fx.projectorToken]) {
      const session = await api<SessionResponse>(server.url, 'GET', '/api/session', undefined, t);
      expect(session.body.role).toBe('projector');
    }
    const refused = await api(
      server.url,
      'POST',
      `/api/events/${fx.event.eventId}/projector-link`,
      undefined,
      token,
    );
    expect(refused.status).toBe(403);
  });

  const HOLDERS = [
    { holder: 'the facilitator', token: () => fx.event.facilitatorToken },
    { holder: "table A's tablet", token: () => fx.tables[0]!.token },
    { holder: 'the projector', token: () => fx.projectorToken },
  ];
  it.each(titled(HOLDERS, (c) => `the docs list of ${c.holder} names exactly the documents it can open`))(
    '%s',
    async (_, { token }) => {
      const session = await api<SessionResponse>(server.url, 'GET', '/api/session', undefined, token());
      expect(session.status).toBe(200);
      const granted = new Set(session.body.docs.map((d) => d.name));
      const all = [
        `event.${fx.event.eventId}`,
        `board.${fx.event.eventId}`,
        ...fx.tables.map((t) => t.docName),
      ];
      for (const name of all) {
        const r = await tryUpgrade(server.wsUrl, SYNC_PATH_PREFIX + name, { token: token() });
        r.ws?.terminate();
        expect({ name, status: r.status }).toEqual({ name, status: granted.has(name) ? 101 : 403 });
      }
      expect(granted.size).toBeGreaterThanOrEqual(2);
    },
  );

  it("a join answers with the tablet's grants: the event doc to read and its own table doc to write", async () => {
    const docs = fx.tables[0]!.join.docs.map((d) => [d.name, d.access]).sort();
    expect(docs).toEqual([
      [`event.${fx.event.eventId}`, 'read'],
      [fx.tables[0]!.docName, 'write'],
    ]);
  });

  it('GET /healthz is 200 {status: "ok"} and /metrics is Prometheus text counting open sockets', async () => {
    const health = await request(server.url, '/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });

    const gauge = async () => {
      const m = await request(server.url, '/metrics');
      expect(m.status).toBe(200);
      expect(m.headers['content-type']).toMatch(/^text\/plain/);
      expect(m.text).toMatch(/^# TYPE dialogdag_ws_connections gauge$/m);
      return metricTotal(m.text, 'dialogdag_ws_connections');
    };
    const before = await gauge();
    const a = await SyncProbe.open(server.wsUrl, `event.${fx.event.eventId}`, fx.projectorToken);
    const b = await SyncProbe.open(server.wsUrl, `board.${fx.event.eventId}`, fx.projectorToken);
    expect(await gauge()).toBe(before + 2);
    a.close();
    b.close();
    await waitFor(
      () => server.app.metrics.render().includes(`dialogdag_ws_connections ${before}\n`),
      'gauge',
    );
  });
});

describe('health when storage fails', () => {
  it('GET /healthz answers 503 once the database is closed', async () => {
    const s = await startTestServer();
    try {
      expect((await request(s.url, '/healthz')).status).toBe(200);
      s.app.storage.close();
      const r = await request(s.url, '/healthz');
      expect(r.status).toBe(503);
      expect((r.json as ApiError).error.code).toBe('storage_unavailable');
    } finally {
      await s.close();
      fs.rmSync(s.dataDir, { recursive: true, force: true });
    }
  });
});

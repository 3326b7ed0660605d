/**
 * The permission table of DESIGN §2, checked on the wire: every role × every kind of document ×
 * read/write, through the real upgrade and the real sync protocol.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import * as Y from 'yjs';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import {
  MessageType,
  SUBPROTOCOL,
  SUBPROTOCOL_ACK,
  SUBPROTOCOL_AUTH_PREFIX,
  SYNC_PATH_PREFIX,
  SyncMessageType,
} from '../../shared/protocol.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { createFixture, type Fixture } from '../helpers/api.js';
import { frame, tryUpgrade } from '../helpers/raw-client.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';
import { countRows, listFiles } from '../helpers/data-dir.js';
import { rawUpgrade } from '../helpers/http-raw.js';
import { titled } from '../helpers/titled.js';
import {
  SyncProbe,
  metricTotal,
  remoteStateVector,
  roundTrip,
  svOf,
  updateOn,
} from '../helpers/sync-probe.js';

type RoleKey = 'facilitator' | 'tablet' | 'projector' | 'none' | 'unknown' | 'otherEvent';
type DocKey = 'event' | 'board' | 'tableA' | 'tableB';
type Outcome = 'write' | 'read' | 403 | 401 | 404;

const ROLE_WORDS: Record<RoleKey, string> = {
  facilitator: 'the facilitator token',
  tablet: "table A's tablet token",
  projector: 'the projector token',
  none: 'a request without a token',
  unknown: 'an unknown token',
  otherEvent: "another event's facilitator token",
};
const DOC_WORDS: Record<DocKey, string> = {
  event: 'the event doc',
  board: 'the board doc',
  tableA: "table A's doc",
  tableB: "table B's doc",
};

/** DESIGN §2, spelled out cell by cell. */
const EXPECTED: Record<RoleKey, Record<DocKey, Outcome>> = {
  facilitator: { event: 'write', board: 'write', tableA: 'write', tableB: 'write' },
  tablet: { event: 'read', board: 403, tableA: 'write', tableB: 403 },
  projector: { event: 'read', board: 'read', tableA: 'read', tableB: 'read' },
  none: { event: 401, board: 401, tableA: 401, tableB: 401 },
  unknown: { event: 401, board: 401, tableA: 401, tableB: 401 },
  otherEvent: { event: 404, board: 404, tableA: 404, tableB: 404 },
};

const cells = (want: (o: Outcome) => boolean) =>
  (Object.keys(EXPECTED) as RoleKey[]).flatMap((role) =>
    (Object.keys(DOC_WORDS) as DocKey[])
      .filter((doc) => want(EXPECTED[role][doc]))
      .map((doc) => ({
        role,
        doc,
        outcome: EXPECTED[role][doc],
        who: ROLE_WORDS[role],
        what: DOC_WORDS[doc],
      })),
  );

describe('the sync endpoint enforces the permission table', () => {
  let server: TestServer;
  let fx: Fixture;
  let other: Fixture;
  const clients: YClient[] = [];
  const probes: SyncProbe[] = [];

  const tokenOf = (role: RoleKey): string | undefined =>
    ({
      facilitator: fx.event.facilitatorToken,
      tablet: fx.tables[0]!.token,
      projector: fx.projectorToken,
      none: undefined,
      unknown: randomBytes(32).toString('base64url'),
      otherEvent: other.event.facilitatorToken,
    })[role];
  const nameOf = (doc: DocKey): string =>
    ({
      event: `event.${fx.event.eventId}`,
      board: `board.${fx.event.eventId}`,
      tableA: fx.tables[0]!.docName,
      tableB: fx.tables[1]!.docName,
    })[doc];
  const client = (name: string, token: string): YClient => {
    const c = connectYClient(server.wsUrl, name, token);
    clients.push(c);
    return c;
  };
  const probe = async (name: string, token: string): Promise<SyncProbe> => {
    const p = await SyncProbe.open(server.wsUrl, name, token);
    probes.push(p);
    return p;
  };
  /** The document as storage holds it (what a restart would load). */
  const storedSv = (name: string) => {
    const doc = new Y.Doc();
    const stored = server.app.storage.loadDocState(name);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    return { sv: svOf(doc), doc };
  };

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 2);
    other = await createFixture(server.url, 1, 'Annan dag');
    // Give every document content, so "receives the doc's content" means something.
    for (const doc of Object.keys(DOC_WORDS) as DocKey[]) {
      const seeder = connectYClient(server.wsUrl, nameOf(doc), fx.event.facilitatorToken);
      await waitSynced(seeder);
      seeder.doc.getMap('seed').set('doc', doc);
      await waitFor(() => storedSv(nameOf(doc)).doc.getMap('seed').get('doc') === doc, `seed of ${doc}`);
      seeder.destroy();
    }
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.destroy());
    probes.splice(0).forEach((p) => p.close());
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it.each(
    titled(
      cells((o) => o === 'write'),
      (c) => `${c.who} can read ${c.what} and its writes reach other clients and storage`,
    ),
  )('%s', async (_, { role, doc }) => {
    const name = nameOf(doc);
    const writer = client(name, tokenOf(role)!);
    const observer = client(name, fx.event.facilitatorToken);
    await Promise.all([waitSynced(writer), waitSynced(observer)]);
    expect(writer.doc.getMap('seed').get('doc')).toBe(doc);

    const key = `by-${role}-${randomBytes(4).toString('hex')}`;
    writer.doc.getMap('probe').set(key, role);
    await waitFor(() => observer.doc.getMap('probe').get(key) === role, 'the write at the observer');
    expect(storedSv(name).doc.getMap('probe').get(key)).toBe(role);
  });

  it.each(
    titled(
      cells((o) => o === 'read'),
      (c) => `${c.who} can read ${c.what}, but its writes are dropped and the connection stays open`,
    ),
  )('%s', async (_, { role, doc }) => {
    const name = nameOf(doc);
    // An unmodified client syncs and receives the content.
    const reader = client(name, tokenOf(role)!);
    await waitSynced(reader);
    expect(reader.doc.getMap('seed').get('doc')).toBe(doc);

    const svBefore = await remoteStateVector(server.wsUrl, name, fx.event.facilitatorToken);
    const storedBefore = storedSv(name).sv;

    // Step 1 is answered with the content; then a valid, applicable update, as update and as step 2.
    const p = await probe(name, tokenOf(role)!);
    const base = await p.fetchDoc();
    const dropped = () => metricTotal(server.app.metrics.render(), 'dialogdag_ws_dropped_writes_total');
    const droppedBefore = dropped();
    expect(base.getMap('seed').get('doc')).toBe(doc);
    const write = updateOn(base, (d) => d.getMap('probe').set('dropped', role));
    p.send(frame(MessageType.sync, SyncMessageType.update, write));
    p.send(frame(MessageType.sync, SyncMessageType.step2, write));
    reader.doc.getMap('probe').set('dropped-too', role);
    // Answers come in order: once they arrive, the writes sent before them have been handled.
    const after = new Y.Doc();
    Y.applyUpdate(after, await p.requestState());
    await roundTrip(reader);
    expect(after.getMap('probe').get('dropped')).toBeUndefined();
    expect(dropped()).toBeGreaterThanOrEqual(droppedBefore + 3);
    expect(p.isOpen).toBe(true);
    expect(reader.provider.wsconnected).toBe(true);

    expect(await remoteStateVector(server.wsUrl, name, fx.event.facilitatorToken)).toEqual(svBefore);
    expect(storedSv(name).sv).toEqual(storedBefore);
  });

  it.each(
    titled(
      cells((o) => typeof o === 'number'),
      (c) => `${c.who} is refused on ${c.what} with HTTP ${c.outcome} before any 101`,
    ),
  )('%s', async (_, { role, doc, outcome }) => {
    const token = tokenOf(role);
    const r = await tryUpgrade(server.wsUrl, SYNC_PATH_PREFIX + nameOf(doc), token ? { token } : {});
    expect(r.status).toBe(outcome);
    expect(r.ws).toBeNull();
  });

  it('after a restart on the same DATA_DIR every document holds exactly what it held before', async () => {
    const names = (Object.keys(DOC_WORDS) as DocKey[]).map(nameOf);
    const before: Record<string, Record<string, number>> = {};
    for (const n of names) before[n] = await remoteStateVector(server.wsUrl, n, fx.event.facilitatorToken);
    expect(Object.keys(before[nameOf('event')]!).length).toBeGreaterThan(0);

    await server.close();
    server = await startTestServer({ dataDir: server.dataDir });

    for (const n of names) {
      expect(await remoteStateVector(server.wsUrl, n, fx.event.facilitatorToken)).toEqual(before[n]);
    }
    const readback = client(nameOf('board'), fx.projectorToken);
    await waitSynced(readback);
    expect(readback.doc.getMap('seed').get('doc')).toBe('board');
    expect(readback.doc.getMap('probe').get('dropped')).toBeUndefined();
  });
});

describe('the upgrade checks names, origins and credentials before any 101', () => {
  let server: TestServer;
  let fx: Fixture;
  let other: Fixture;
  let port: string;
  const upgrade = (path: string, headers: Record<string, string> = {}) =>
    rawUpgrade(server.url, path, { 'Sec-WebSocket-Protocol': SUBPROTOCOL, ...headers });
  const withToken = (token: string) => ({
    'Sec-WebSocket-Protocol': `${SUBPROTOCOL}, ${SUBPROTOCOL_AUTH_PREFIX}${token}`,
  });

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 1);
    other = await createFixture(server.url, 1, 'Annan dag');
    port = new URL(server.url).port;
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  const NAMES: { label: string; name: () => string; status: number }[] = [
    { label: '"../x"', name: () => '../x', status: 400 },
    { label: '"%2e%2e%2f"', name: () => '%2e%2e%2f', status: 400 },
    { label: '"event.%2e%2e"', name: () => 'event.%2e%2e', status: 400 },
    { label: 'an encoded path to the database file', name: () => '..%2f..%2fdialogdag.sqlite', status: 400 },
    { label: 'a name with a slash', name: () => `event.${fx.event.eventId}/../x`, status: 400 },
    { label: 'an upper-case name', name: () => `EVENT.${fx.event.eventId}`, status: 400 },
    { label: 'a name with a NUL byte', name: () => `event.${fx.event.eventId}%00`, status: 400 },
    { label: 'an empty name', name: () => '', status: 400 },
    { label: 'a 10,000-character name', name: () => `event.${'a'.repeat(9994)}`, status: 400 },
    { label: 'a well-formed name of no event', name: () => 'event.zzzzzzzzzzzz', status: 404 },
    { label: 'a well-formed board name of no event', name: () => 'board.000000000000', status: 404 },
    {
      label: 'a well-formed name of no table',
      name: () => `table.${fx.event.eventId}.zzzzzzzz`,
      status: 404,
    },
    { label: "another event's event doc", name: () => `event.${other.event.eventId}`, status: 404 },
    { label: "another event's table doc", name: () => other.tables[0]!.docName, status: 404 },
  ];

  it.each(titled(NAMES, (c) => `${c.label} is refused with ${c.status} and creates nothing in DATA_DIR`))(
    '%s',
    async (_, { name, status }) => {
      const files = listFiles(server.dataDir);
      const docs = countRows(server.dataDir, 'docs');
      const updates = countRows(server.dataDir, 'updates');
      const rooms = server.app.registry.loadedCount;

      const r = await upgrade(SYNC_PATH_PREFIX + name(), withToken(fx.event.facilitatorToken));
      expect(r.status).toBe(status);

      expect(listFiles(server.dataDir)).toEqual(files);
      expect(countRows(server.dataDir, 'docs')).toBe(docs);
      expect(countRows(server.dataDir, 'updates')).toBe(updates);
      expect(server.app.registry.loadedCount).toBe(rooms);
    },
  );

  it('a well-formed name of an existing doc is accepted by the same request (the refusals above are not blanket)', async () => {
    const r = await upgrade(
      SYNC_PATH_PREFIX + `event.${fx.event.eventId}`,
      withToken(fx.event.facilitatorToken),
    );
    expect(r.status).toBe(101);
  });

  const FOREIGN_ORIGINS = [
    { label: 'another site', origin: () => 'http://evil.example' },
    { label: 'another name for this host', origin: () => `http://localhost:${port}` },
    { label: 'another port of this host', origin: () => 'http://127.0.0.1:1' },
    { label: 'the opaque origin "null"', origin: () => 'null' },
  ];
  it.each(
    titled(FOREIGN_ORIGINS, (c) => `without PUBLIC_ORIGIN an Origin of ${c.label} is refused with 403`),
  )('%s', async (_, { origin }) => {
    const r = await tryUpgrade(server.wsUrl, `${SYNC_PATH_PREFIX}event.${fx.event.eventId}`, {
      token: fx.event.facilitatorToken,
      origin: origin(),
    });
    expect(r.status).toBe(403);
  });

  it('without PUBLIC_ORIGIN a same-host Origin is accepted', async () => {
    const r = await tryUpgrade(server.wsUrl, `${SYNC_PATH_PREFIX}event.${fx.event.eventId}`, {
      token: fx.event.facilitatorToken,
      origin: `http://127.0.0.1:${port}`,
    });
    expect(r.status).toBe(101);
    r.ws!.terminate();
  });

  it('with PUBLIC_ORIGIN set only that exact origin is accepted, not the host the request reached', async () => {
    const pub = await startTestServer({ env: { PUBLIC_ORIGIN: 'https://dialogdag.example' } });
    try {
      const f = await createFixture(pub.url, 0);
      const path = `${SYNC_PATH_PREFIX}event.${f.event.eventId}`;
      const token = f.event.facilitatorToken;
      const status = async (origin: string) => {
        const r = await tryUpgrade(pub.wsUrl, path, { token, origin });
        r.ws?.terminate();
        return r.status;
      };
      expect(await status('https://dialogdag.example')).toBe(101);
      expect(await status(new URL(pub.url).origin)).toBe(403);
      expect(await status('https://dialogdag.example.evil.example')).toBe(403);
      expect(await status('http://dialogdag.example')).toBe(403);
    } finally {
      await pub.close();
      fs.rmSync(pub.dataDir, { recursive: true, force: true });
    }
  });

  it('a token in a dialogdag.auth.<token> subprotocol entry is accepted and never echoed', async () => {
    const r = await upgrade(
      `${SYNC_PATH_PREFIX}event.${fx.event.eventId}`,
      withToken(fx.event.facilitatorToken),
    );
    expect(r.status).toBe(101);
    expect(r.headers['sec-websocket-protocol']).toBe(SUBPROTOCOL);

    const ack = await upgrade(`${SYNC_PATH_PREFIX}event.${fx.event.eventId}`, {
      'Sec-WebSocket-Protocol': `${SUBPROTOCOL_AUTH_PREFIX}${fx.event.facilitatorToken}, ${SUBPROTOCOL_ACK}`,
    });
    expect(ack.status).toBe(101);
    expect(ack.headers['sec-websocket-protocol']).toBe(SUBPROTOCOL_ACK);
  });

  it('offering only the credential entry still never gets it echoed as the chosen subprotocol', async () => {
    const r = await rawUpgrade(server.url, `${SYNC_PATH_PREFIX}event.${fx.event.eventId}`, {
      'Sec-WebSocket-Protocol': SUBPROTOCOL_AUTH_PREFIX + fx.event.facilitatorToken,
    });
    expect(r.status).toBe(101);
    expect(r.headers['sec-websocket-protocol'] ?? '').not.toContain(fx.event.facilitatorToken);
  });

  it('a token in an Authorization: Bearer header is accepted and the connection syncs', async () => {
    const name = fx.tables[0]!.docName;
    const r = await upgrade(SYNC_PATH_PREFIX + name, { Authorization: `Bearer ${fx.tables[0]!.token}` });
    expect(r.status).toBe(101);
    expect(r.headers['sec-websocket-protocol']).toBe(SUBPROTOCOL);

    const ws = new WebSocket(server.wsUrl + SYNC_PATH_PREFIX + name, [SUBPROTOCOL], {
      headers: { Authorization: `Bearer ${fx.tables[0]!.token}` },
    });
    const p = new SyncProbe(ws);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    try {
      const doc = await p.fetchDoc();
      expect(svOf(doc)).toEqual(await remoteStateVector(server.wsUrl, name, fx.event.facilitatorToken));
    } finally {
      p.close();
    }
  });

  const BAD_CREDENTIALS: { label: string; headers: Record<string, string> }[] = [
    {
      label: 'an empty credential entry',
      headers: { 'Sec-WebSocket-Protocol': `${SUBPROTOCOL}, ${SUBPROTOCOL_AUTH_PREFIX}` },
    },
    { label: 'a Bearer header with a malformed token', headers: { Authorization: 'Bearer short' } },
    { label: 'a Basic authorization header', headers: { Authorization: 'Basic dXNlcjpwYXNz' } },
  ];
  it.each(titled(BAD_CREDENTIALS, (c) => `${c.label} is refused with 401`))('%s', async (_, { headers }) => {
    const r = await rawUpgrade(server.url, `${SYNC_PATH_PREFIX}event.${fx.event.eventId}`, headers);
    expect(r.status).toBe(401);
  });
});

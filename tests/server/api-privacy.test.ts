/**
 * GDPR care, checked on disk and in the logs: deleting an event disconnects it and leaves no row and
 * no byte of its notes behind; tokens are stored only as hashes; the structured logs never carry a
 * token, a join code or note text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import type { ApiError, JoinResponse, TableSummary } from '../../shared/api.js';
import {
  CloseCode,
  JOIN_CODE_ALPHABET,
  MessageType,
  SYNC_PATH_PREFIX,
  SyncMessageType,
  formatJoinCode,
} from '../../shared/protocol.js';
import { addNote, readNotes } from '../../shared/docs/table-doc.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { startServerProcess } from '../helpers/server-process.js';
import { api, createFixture, type Fixture } from '../helpers/api.js';
import { allRows, filesContaining, rowMentions } from '../helpers/data-dir.js';
import { frame, tryUpgrade } from '../helpers/raw-client.js';
import { SyncProbe } from '../helpers/sync-probe.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';

const marker = (what: string) => `${what}-${randomBytes(8).toString('hex')}`;

/** Writes a note with `text` from a tablet and waits until the facilitator sees it (it is then stored). */
async function writeNote(wsUrl: string, fx: Fixture, text: string): Promise<YClient> {
  const t = fx.tables[0]!;
  const tablet = connectYClient(wsUrl, t.docName, t.token);
  const watcher = connectYClient(wsUrl, t.docName, fx.event.facilitatorToken);
  await Promise.all([waitSynced(tablet), waitSynced(watcher)]);
  addNote(tablet.doc, { phaseId: 'upptacka', questionId: null, kind: 'quote', text });
  await waitFor(() => readNotes(watcher.doc).some((n) => n.text === text), 'the note to arrive');
  watcher.destroy();
  return tablet;
}

describe('deleting an event', () => {
  let server: TestServer;
  let fx: Fixture;
  let other: Fixture;
  const secret = marker('anteckning');
  const kept = marker('kvar');

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 1);
    other = await createFixture(server.url, 1, 'Annan dag');
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('disconnects its clients with 4404, refuses them afterwards, and leaves no row and no note byte on disk', async () => {
    const tablet = await writeNote(server.wsUrl, fx, secret);
    (await writeNote(server.wsUrl, other, kept)).destroy();
    const tabletCloses: number[] = [];
    tablet.provider.on('connection-close', (e) => tabletCloses.push(e?.code ?? -1));
    const facilitator = await SyncProbe.open(
      server.wsUrl,
      `event.${fx.event.eventId}`,
      fx.event.facilitatorToken,
    );
    const projector = await SyncProbe.open(server.wsUrl, `board.${fx.event.eventId}`, fx.projectorToken);
    const bystander = await SyncProbe.open(
      server.wsUrl,
      `event.${other.event.eventId}`,
      other.projectorToken,
    );
    // The scans below can find what is there.
    expect(filesContaining(server.dataDir, secret).length).toBeGreaterThan(0);
    expect(
      Object.values(allRows(server.dataDir))
        .flat()
        .some((r) => rowMentions(r, fx.event.eventId)),
    ).toBe(true);

    try {
      const del = await api(
        server.url,
        'DELETE',
        `/api/events/${fx.event.eventId}`,
        undefined,
        fx.event.facilitatorToken,
      );
      expect(del.status).toBe(204);
      expect(await facilitator.closed).toBe(CloseCode.documentGone);
      expect(await projector.closed).toBe(CloseCode.documentGone);
      await waitFor(() => tabletCloses.length > 0, "the tablet's close");
      expect(tabletCloses[0]).toBe(CloseCode.documentGone);
      await bystander.requestState();

      // Its tokens went with it (401: nothing is kept that could say "this was event X"), and no
      // other token reaches its names (404).
      for (const name of [`event.${fx.event.eventId}`, fx.tables[0]!.docName]) {
        expect(
          (await tryUpgrade(server.wsUrl, SYNC_PATH_PREFIX + name, { token: fx.event.facilitatorToken }))
            .status,
        ).toBe(401);
        expect(
          (await tryUpgrade(server.wsUrl, SYNC_PATH_PREFIX + name, { token: other.event.facilitatorToken }))
            .status,
        ).toBe(404);
      }
      const session = await api<ApiError>(server.url, 'GET', '/api/session', undefined, fx.tables[0]!.token);
      expect(session.status).toBe(401);
      const join = await api<ApiError>(server.url, 'POST', '/api/join', { code: fx.tables[0]!.joinCode });
      expect(join.status).toBe(404);

      const rows = allRows(server.dataDir);
      const mentioning = Object.entries(rows).flatMap(([table, rs]) =>
        rs.filter((r) => rowMentions(r, fx.event.eventId)).map((r) => ({ table, r })),
      );
      expect(mentioning).toEqual([]);
      expect(filesContaining(server.dataDir, secret)).toEqual([]);
      // The other event is untouched.
      expect(rows.events!.map((e) => e.event_id)).toEqual([other.event.eventId]);
      expect(filesContaining(server.dataDir, kept).length).toBeGreaterThan(0);
    } finally {
      tablet.destroy();
      [facilitator, projector, bystander].forEach((p) => p.close());
    }
  });
});

describe('tokens at rest', () => {
  it('are stored only as SHA-256 hashes: no raw token in the tokens table or in any file', async () => {
    const server = await startTestServer();
    try {
      const fx = await createFixture(server.url, 2);
      const raw = [fx.event.facilitatorToken, fx.projectorToken, ...fx.tables.map((t) => t.token)];
      const rows = allRows(server.dataDir).tokens!;
      expect(rows).toHaveLength(raw.length);
      const hashes = rows.map((r) => r.token_hash);
      for (const token of raw) {
        expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
        expect(rows.filter((r) => rowMentions(r, token))).toEqual([]);
        expect(filesContaining(server.dataDir, token)).toEqual([]);
      }
    } finally {
      await server.close();
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    }
  });
});

describe('the structured logs', () => {
  it('never contain tokens, join codes or note text through a whole day', async () => {
    const proc = await startServerProcess({ env: { LOG_LEVEL: 'debug' } });
    const secrets: string[] = [];
    try {
      const fx = await createFixture(proc.url, 1);
      const t = fx.tables[0]!;
      secrets.push(
        fx.event.facilitatorToken,
        fx.projectorToken,
        t.token,
        t.joinCode,
        formatJoinCode(t.joinCode),
      );
      const wrongCode = [...Array(8)].map((_, i) => JOIN_CODE_ALPHABET[(i * 7 + 3) % 25]).join('');
      secrets.push(wrongCode);
      expect((await api(proc.url, 'POST', '/api/join', { code: wrongCode })).status).toBe(404);
      const typedSecret = marker('skrev-fel-kod');
      secrets.push(typedSecret);
      await api(proc.url, 'POST', '/api/join', { code: typedSecret });

      const note = marker('citat');
      secrets.push(note);
      const tablet = await writeNote(proc.wsUrl, fx, note);
      tablet.destroy();
      // Malformed messages that carry a secret must not be quoted back into the logs either.
      const bad = await SyncProbe.open(proc.wsUrl, t.docName, t.token);
      const badText = marker('trasig');
      secrets.push(badText);
      const enc = encoding.createEncoder();
      [1, 5, 1].forEach((n) => encoding.writeVarUint(enc, n)); // one entry: clientID 5, clock 1
      encoding.writeVarString(enc, `{"x":"${badText}`); // not JSON: V8's parse error would quote it
      bad.send(frame(MessageType.awareness, encoding.toUint8Array(enc)));
      await bad.closed;
      const bad2 = await SyncProbe.open(proc.wsUrl, t.docName, t.token);
      bad2.send(frame(MessageType.sync, SyncMessageType.update, new TextEncoder().encode(badText)));
      await bad2.closed;
      bad2.send(badText);

      const rotated = await api<TableSummary>(
        proc.url,
        'POST',
        `/api/events/${fx.event.eventId}/tables/${t.tableId}/rotate-code`,
        undefined,
        fx.event.facilitatorToken,
      );
      secrets.push(rotated.body.joinCode);
      const second = await api<JoinResponse>(proc.url, 'POST', '/api/join', { code: rotated.body.joinCode });
      secrets.push(second.body.token);
      const del = await api(
        proc.url,
        'DELETE',
        `/api/events/${fx.event.eventId}`,
        undefined,
        fx.event.facilitatorToken,
      );
      expect(del.status).toBe(204);
    } finally {
      await proc.kill('SIGTERM');
      fs.rmSync(proc.dataDir, { recursive: true, force: true });
    }

    const out = proc.output();
    const lines = out.split('\n').filter((l) => l.trim() !== '');
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['event created', 'tablet joined', 'event deleted']));
    for (const s of secrets)
      expect({ secret: s, found: out.includes(s) }).toEqual({ secret: s, found: false });
  });
});

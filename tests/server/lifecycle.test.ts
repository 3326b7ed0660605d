/**
 * A document's life on the server: loaded for its first client, unloaded after its last, its log
 * compacted, never written to by loading, and guarded by its generation id. Plus ping liveness.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import Database from 'better-sqlite3';
import path from 'node:path';
import {
  CloseCode,
  SUBPROTOCOL,
  SUBPROTOCOL_AUTH_PREFIX,
  SUBPROTOCOL_GENERATION_PREFIX,
} from '../../shared/protocol.js';
import { addNote, readNotes } from '../../shared/docs/table-doc.js';
import { DB_FILE_NAME } from '../../server/storage/sqlite.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { createFixture, eventDocName } from '../helpers/api.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';
import { closeCode, openRaw } from '../helpers/raw-client.js';

function storedRows(dataDir: string, name: string): { updates: number; snapshots: number } {
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    const updates = (
      db.prepare('SELECT COUNT(*) AS n FROM updates WHERE name = ?').get(name) as { n: number }
    ).n;
    const snapshots = (
      db.prepare('SELECT COUNT(*) AS n FROM snapshots WHERE name = ?').get(name) as { n: number }
    ).n;
    return { updates, snapshots };
  } finally {
    db.close();
  }
}

describe('document lifecycle', () => {
  let server: TestServer | null = null;
  const clients: YClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.close();
    server = null;
  });

  it('loads a document for its first client and unloads it after the last one leaves', async () => {
    server = await startTestServer();
    const fx = await createFixture(server.url, 1);
    expect(server.app.registry.loadedCount).toBe(0);
    const a = connectYClient(server.wsUrl, fx.tables[0]!.docName, fx.tables[0]!.token);
    clients.push(a);
    await waitSynced(a);
    expect(server.app.registry.loadedCount).toBe(1);
    a.provider.disconnect();
    await waitFor(() => server!.app.registry.loadedCount === 0, 'unload');
  });

  it('opening and leaving a document writes nothing to it (loading never seeds content)', async () => {
    server = await startTestServer();
    const fx = await createFixture(server.url, 1);
    const name = eventDocName(fx);
    const before = storedRows(server.dataDir, name);
    const viewer = connectYClient(server.wsUrl, name, fx.projectorToken);
    clients.push(viewer);
    await waitSynced(viewer);
    const sv = Y.encodeStateVector(viewer.doc);
    viewer.provider.disconnect();
    await waitFor(() => server!.app.registry.loadedCount === 0, 'unload');
    expect(storedRows(server.dataDir, name)).toEqual(before);
    const again = connectYClient(server.wsUrl, name, fx.projectorToken);
    clients.push(again);
    await waitSynced(again);
    expect(Y.encodeStateVector(again.doc)).toEqual(sv);
  });

  it('merges the update log into a snapshot and loses nothing doing it', async () => {
    server = await startTestServer({ env: { COMPACT_EVERY_UPDATES: '10' } });
    const fx = await createFixture(server.url, 1);
    const table = fx.tables[0]!;
    const writer = connectYClient(server.wsUrl, table.docName, table.token, { acks: true });
    clients.push(writer);
    await waitSynced(writer);
    for (let i = 0; i < 25; i++) {
      addNote(writer.doc, { phaseId: 'p', questionId: null, kind: 'note', text: `n${i}` });
    }
    await waitFor(() => writer.acked() >= 26, 'acks');
    await waitFor(() => storedRows(server!.dataDir, table.docName).updates < 10, 'compaction');
    expect(storedRows(server.dataDir, table.docName).snapshots).toBe(1);

    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer({ dataDir });
    const reader = connectYClient(server.wsUrl, table.docName, table.token);
    clients.push(reader);
    await waitSynced(reader);
    expect(
      readNotes(reader.doc)
        .map((n) => n.text)
        .sort(),
    ).toEqual(Array.from({ length: 25 }, (_, i) => `n${i}`).sort());
  });

  it('refuses a client holding another generation of the document (4409) and accepts the right one', async () => {
    server = await startTestServer();
    const fx = await createFixture(server.url, 1);
    const table = fx.tables[0]!;
    const grant = table.join.docs.find((d) => d.name === table.docName)!;
    const auth = SUBPROTOCOL_AUTH_PREFIX + table.token;
    const stale = await openRaw(server.wsUrl, table.docName, table.token, [
      SUBPROTOCOL,
      auth,
      `${SUBPROTOCOL_GENERATION_PREFIX}someOtherGen`,
    ]);
    expect(await closeCode(stale)).toBe(CloseCode.generationMismatch);
    const current = await openRaw(server.wsUrl, table.docName, table.token, [
      SUBPROTOCOL,
      auth,
      SUBPROTOCOL_GENERATION_PREFIX + grant.generation,
    ]);
    expect(await closeCode(current, 300)).toBeNull();
    current.close();
  });

  it('terminates a connection that stops answering pings', async () => {
    server = await startTestServer({ env: { PING_INTERVAL_MS: '100' } });
    const fx = await createFixture(server.url, 1);
    const table = fx.tables[0]!;
    const silent = await openRaw(server.wsUrl, table.docName, table.token, undefined, { autoPong: false });
    const healthy = await openRaw(server.wsUrl, table.docName, table.token);
    expect(await closeCode(silent, 2000)).not.toBeNull();
    expect(healthy.readyState).toBe(healthy.OPEN);
    healthy.close();
  });

  it("a storage failure closes the document's clients with 1012 (retry later) and never acks the write", async () => {
    server = await startTestServer();
    const fx = await createFixture(server.url, 1);
    const table = fx.tables[0]!;
    const writer = connectYClient(server.wsUrl, table.docName, table.token, { acks: true });
    clients.push(writer);
    await waitSynced(writer);
    await waitFor(() => writer.acked() === 1, 'ack of the opening sync');
    const codes: number[] = [];
    writer.provider.on('connection-close', (e) => e && codes.push(e.code));
    writer.provider.shouldConnect = false;

    server.app.storage.close(); // every append now throws
    addNote(writer.doc, { phaseId: 'p', questionId: null, kind: 'note', text: 'lost?' });
    await waitFor(() => codes.length > 0, 'close');
    expect(codes[0]).toBe(CloseCode.serviceRestart);
    expect(writer.acked()).toBe(1);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
  });
});

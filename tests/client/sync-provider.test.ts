/**
 * The client's sync wiring (createTrackedProvider + DurableTracker) against the real server,
 * in-process on port 0: "saved" must follow the server's durable acks, deletions included.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addNote, deleteNote, readNotes } from '../../shared/docs/table-doc.js';
import {
  CloseCode,
  SUBPROTOCOL_ACK,
  SUBPROTOCOL_AUTH_PREFIX,
  SUBPROTOCOL_GENERATION_PREFIX,
  SYNC_PATH_PREFIX,
  type DocGrant,
} from '../../shared/protocol.js';
import { DurableTracker } from '../../client/src/sync/durable-tracker.js';
import { createTrackedProvider } from '../../client/src/sync/provider-hooks.js';
import { createFixture, type Fixture } from '../helpers/api.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { waitFor } from '../helpers/yclient.js';

let server: TestServer;
let fixture: Fixture;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  fixture = await createFixture(server.url, 1);
});
afterAll(() => server.close());
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function tableGrant(): DocGrant {
  const grant = fixture.tables[0]!.join.docs.find((g) => g.kind === 'table');
  if (!grant) throw new Error('join response has no table grant');
  return grant;
}

function open(grant: DocGrant, token: string, opts: { connect?: boolean; generation?: string } = {}) {
  const doc = new Y.Doc();
  // Created before the provider, exactly as SyncedDoc does (see DurableTracker's doc comment).
  let provider: ReturnType<typeof createTrackedProvider> | null = null;
  const tracker = new DurableTracker(doc, { isServerOrigin: (origin) => origin === provider });
  provider = createTrackedProvider({
    serverUrl: server.wsUrl + SYNC_PATH_PREFIX.slice(0, -1),
    roomName: grant.name,
    doc,
    tracker,
    protocols: [
      SUBPROTOCOL_ACK,
      SUBPROTOCOL_AUTH_PREFIX + token,
      SUBPROTOCOL_GENERATION_PREFIX + (opts.generation ?? grant.generation),
    ],
    maxBackoffTime: 300,
    WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const closedWith: number[] = [];
  provider.on('closed', ({ code }) => closedWith.push(code));
  if (opts.connect !== false) provider.connect();
  const p = provider;
  cleanups.push(() => {
    p.destroy();
    p.awareness.destroy();
    tracker.destroy();
    doc.destroy();
  });
  return { doc, provider: p, tracker, closedWith };
}

describe('client sync wiring against the server', () => {
  it("a tablet's note is pending until the server acks it, then saved and readable by others", async () => {
    const table = fixture.tables[0]!;
    const tablet = open(tableGrant(), table.token);
    await waitFor(() => tablet.provider.synced && tablet.tracker.isSaved(), 'tablet synced');

    addNote(tablet.doc, { phaseId: 'p1', questionId: null, kind: 'story', text: 'En bra dag' });
    expect(tablet.tracker.pendingCount()).toBe(1);
    await waitFor(() => tablet.tracker.isSaved(), 'note acked');

    const facilitator = open(tableGrant(), fixture.event.facilitatorToken);
    await waitFor(() => facilitator.provider.synced, 'facilitator synced');
    expect(readNotes(facilitator.doc).map((n) => n.text)).toContain('En bra dag');
    // What arrived from the server is never the reader's own pending change.
    expect(facilitator.tracker.isSaved()).toBe(true);
  });

  it('a deletion (no new structs) is pending until acked, then saved', async () => {
    const tablet = open(tableGrant(), fixture.tables[0]!.token);
    await waitFor(() => tablet.provider.synced, 'synced');
    const id = addNote(tablet.doc, { phaseId: 'p1', questionId: null, kind: 'idea', text: 'Ta bort mig' });
    await waitFor(() => tablet.tracker.isSaved(), 'note acked');
    deleteNote(tablet.doc, id);
    expect(tablet.tracker.pendingCount()).toBe(1);
    await waitFor(() => tablet.tracker.isSaved(), 'deletion acked');
  });

  it('notes written before the socket opens are saved through the sync step 2', async () => {
    const tablet = open(tableGrant(), fixture.tables[0]!.token, { connect: false });
    addNote(tablet.doc, { phaseId: 'p1', questionId: null, kind: 'note', text: 'Offline 1' });
    addNote(tablet.doc, { phaseId: 'p1', questionId: null, kind: 'note', text: 'Offline 2' });
    expect(tablet.tracker.pendingCount()).toBe(2);
    tablet.provider.connect();
    await waitFor(() => tablet.tracker.isSaved(), 'offline notes acked');

    const reader = open(tableGrant(), fixture.event.facilitatorToken);
    await waitFor(() => reader.provider.synced, 'reader synced');
    const texts = readNotes(reader.doc).map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(['Offline 1', 'Offline 2']));
  });

  it('a stale generation is refused with the final generation-mismatch close code', async () => {
    const tablet = open(tableGrant(), fixture.tables[0]!.token, { generation: 'stale-generation' });
    await waitFor(() => tablet.closedWith.length > 0, 'closed');
    expect(tablet.closedWith).toEqual([CloseCode.generationMismatch]);
  });
});

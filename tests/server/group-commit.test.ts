/**
 * The group commit (server/sync/write-batch.ts) driven through the registry and real rooms with fake
 * peers: the updates of one event-loop turn are appended in one transaction, and nobody — peers,
 * the sender's durable ack, a sync step 2 reply — sees an update before that commit.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as dec from 'lib0/decoding';
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol.js';
import { openSqliteStorage } from '../../server/storage/sqlite.js';
import type { Storage } from '../../server/storage/storage.js';
import { RoomRegistry } from '../../server/sync/registry.js';
import { DEFAULT_SYNC_LIMITS } from '../../server/sync/limits.js';
import type { SyncPeer } from '../../server/sync/connection.js';
import { createMetrics } from '../../server/metrics.js';
import { createLogger } from '../../server/log.js';
import { tempDataDir } from '../helpers/server-process.js';
import { frame } from '../helpers/raw-client.js';

/** What happened, in order: storage commits and messages to peers. */
type Event =
  | { kind: 'commit'; names: string[] }
  | { kind: 'ack'; peer: string; count: number }
  | { kind: 'update'; peer: string }
  | { kind: 'step2'; peer: string; update: Uint8Array }
  | { kind: 'close'; peer: string; code: number };

interface Harness {
  storage: Storage;
  registry: RoomRegistry;
  events: Event[];
  failFor: Set<string>;
  peer(id: string): SyncPeer;
}

const nextTurn = (): Promise<void> => new Promise((r) => setImmediate(r));

function decode(peer: string, message: Uint8Array): Event | null {
  const d = dec.createDecoder(message);
  const type = dec.readVarUint(d);
  if (type === MessageType.durableAck) return { kind: 'ack', peer, count: dec.readVarUint(d) };
  if (type !== MessageType.sync) return null;
  const sub = dec.readVarUint(d);
  if (sub === SyncMessageType.update) return { kind: 'update', peer };
  if (sub === SyncMessageType.step2) return { kind: 'step2', peer, update: dec.readVarUint8Array(d) };
  return null;
}

const dirs: string[] = [];
const storages: Storage[] = [];

function harness(docs: string[]): Harness {
  const dir = tempDataDir();
  dirs.push(dir);
  const real = openSqliteStorage(dir);
  storages.push(real);
  real.createEvent(
    { eventId: 'e1', title: 't', language: 'sv', organiser: 'o', date: null, createdAt: 'now' },
    docs.map((name) => ({ name, eventId: 'e1', kind: 'table' as const, tableId: name, generation: 'g' })),
    [],
  );
  const events: Event[] = [];
  const failFor = new Set<string>();
  const storage: Storage = {
    ...real,
    appendUpdates(names, updates) {
      const bad = names.find((n) => failFor.has(n));
      if (bad) throw new Error(`disk says no to ${bad}`);
      const ids = real.appendUpdates(names, updates);
      events.push({ kind: 'commit', names: [...names] });
      return ids;
    },
  };
  const registry = new RoomRegistry(storage, DEFAULT_SYNC_LIMITS, createMetrics(), createLogger('silent'));
  return {
    storage: real,
    registry,
    events,
    failFor,
    peer: (id) => ({
      id,
      role: 'table',
      eventId: 'e1',
      tableId: null,
      access: 'write',
      wantsDurableAcks: true,
      send(message) {
        const event = decode(id, message);
        if (event) events.push(event);
      },
      close(code) {
        events.push({ kind: 'close', peer: id, code });
      },
    }),
  };
}

/** `n` update messages from one writer, each adding one character. */
function edits(n: number, clientId: number): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(frame(MessageType.sync, SyncMessageType.update, u)));
  for (let i = 0; i < n; i++) doc.getText('t').insert(i, 'x');
  return out;
}

/** The text a fresh load of the stored document shows (snapshot + log). */
function storedText(storage: Storage, name: string): string {
  const state = storage.loadDocState(name);
  const doc = new Y.Doc();
  for (const u of [...(state.snapshot ? [state.snapshot] : []), ...state.updates]) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

/** Peers `a` and `b` on `doc-a`, with what their joining sent already forgotten. */
function twoPeersOnOneDoc() {
  const h = harness(['doc-a']);
  const [a, b] = [h.peer('a'), h.peer('b')];
  h.registry.join('doc-a', a);
  h.registry.join('doc-a', b);
  h.events.length = 0;
  return { h, a, b };
}

afterEach(() => {
  storages.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

describe('group commit', () => {
  it('appends the updates of one turn in one transaction, and only then broadcasts and acks them', async () => {
    const h = harness(['doc-a', 'doc-b']);
    const [a, b, c] = [h.peer('a'), h.peer('b'), h.peer('c')];
    h.registry.join('doc-a', a);
    h.registry.join('doc-a', b);
    h.registry.join('doc-b', c);
    h.events.length = 0;

    for (const m of edits(5, 1)) h.registry.receive('doc-a', a, m);
    for (const m of edits(2, 2)) h.registry.receive('doc-b', c, m);
    // Applied in memory, but nothing is sent before the commit.
    expect(h.events).toEqual([]);

    await nextTurn();
    expect(h.events[0]).toEqual({ kind: 'commit', names: [...Array(5).fill('doc-a'), 'doc-b', 'doc-b'] });
    expect(h.events.filter((e) => e.kind === 'commit')).toHaveLength(1);
    expect(h.events.filter((e) => e.kind === 'update' && e.peer === 'b')).toHaveLength(5);
    // One ack per sender per turn, covering every write it sent.
    expect(h.events.filter((e) => e.kind === 'ack')).toEqual([
      { kind: 'ack', peer: 'a', count: 5 },
      { kind: 'ack', peer: 'c', count: 2 },
    ]);
    expect(h.storage.countUpdates('doc-a')).toBe(5);
    expect(h.storage.countUpdates('doc-b')).toBe(2);
  });

  it('a write that changes nothing is acked only after the commit of the update it repeats', async () => {
    const { h, a, b } = twoPeersOnOneDoc();
    const [m] = edits(1, 1);
    h.registry.receive('doc-a', a, m!);
    h.registry.receive('doc-a', b, m!); // b relays the same update: a no-op for the doc
    expect(h.events).toEqual([]);
    await nextTurn();
    expect(h.events[0]).toEqual({ kind: 'commit', names: ['doc-a'] });
    expect(h.events.filter((e) => e.kind === 'ack').map((e) => e.kind === 'ack' && e.peer)).toEqual([
      'a',
      'b',
    ]);
  });

  it('a sync step 2 reply in the same turn commits the queued updates first and holds them', async () => {
    const { h, a, b } = twoPeersOnOneDoc();
    const [m] = edits(1, 1);
    h.registry.receive('doc-a', a, m!);
    h.registry.receive(
      'doc-a',
      b,
      frame(MessageType.sync, SyncMessageType.step1, Y.encodeStateVector(new Y.Doc())),
    );
    const kinds = h.events.map((e) => e.kind);
    expect(kinds.indexOf('commit')).toBe(0);
    const reply = h.events.find((e) => e.kind === 'step2');
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, (reply as { update: Uint8Array }).update);
    expect(fresh.getText('t').toString()).toBe('x');
  });

  it("one room's failed append breaks that room only: no ack, no broadcast; the other room of the turn is stored and acked", async () => {
    const h = harness(['doc-a', 'doc-b']);
    const [a, b, c] = [h.peer('a'), h.peer('b'), h.peer('c')];
    h.registry.join('doc-a', a);
    h.registry.join('doc-a', b);
    h.registry.join('doc-b', c);
    h.events.length = 0;
    h.failFor.add('doc-a');
    for (const m of edits(3, 1)) h.registry.receive('doc-a', a, m);
    for (const m of edits(2, 2)) h.registry.receive('doc-b', c, m);
    await nextTurn();

    expect(h.events.filter((e) => 'peer' in e && (e.peer === 'a' || e.peer === 'b'))).toEqual([
      { kind: 'close', peer: 'a', code: CloseCode.serviceRestart },
      { kind: 'close', peer: 'b', code: CloseCode.serviceRestart },
    ]);
    expect(h.events.filter((e) => e.kind === 'ack')).toEqual([{ kind: 'ack', peer: 'c', count: 2 }]);
    expect(h.storage.countUpdates('doc-a')).toBe(0);
    expect(h.storage.countUpdates('doc-b')).toBe(2);
  });

  it('a server-side write is committed before it returns, and throws when storage refuses it', () => {
    const h = harness(['doc-a', 'doc-b']);
    h.registry.write('doc-a', (doc) => doc.getText('t').insert(0, 'server'));
    expect(storedText(h.storage, 'doc-a')).toBe('server');
    h.failFor.add('doc-b');
    expect(() => h.registry.write('doc-b', (doc) => doc.getText('t').insert(0, 'lost'))).toThrow(
      /could not persist/,
    );
    expect(storedText(h.storage, 'doc-b')).toBe('');
  });

  it('a document dropped (deleted) in the same turn never writes its queued updates back', async () => {
    const h = harness(['doc-a']);
    const a = h.peer('a');
    h.registry.join('doc-a', a);
    h.events.length = 0;
    for (const m of edits(2, 1)) h.registry.receive('doc-a', a, m);
    h.registry.drop(['doc-a'], CloseCode.documentGone, 'gone');
    await nextTurn();
    expect(h.events.filter((e) => e.kind === 'commit' || e.kind === 'ack')).toEqual([]);
    expect(h.storage.countUpdates('doc-a')).toBe(0);
  });
});

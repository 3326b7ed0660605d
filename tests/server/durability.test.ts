/**
 * Durability against a real server process: kill -9 at seeded points, restart on the same DATA_DIR,
 * and check that every acknowledged note survives exactly once, that writers who kept writing while
 * the server was down converge without duplicates, and that SIGTERM loses nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, readNotes } from '../../shared/docs/table-doc.js';
import { canonicalJson } from '../../shared/docs/canonical.js';
import { CloseCode } from '../../shared/protocol.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { createFixture } from '../helpers/api.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';
import { mulberry32, randomInt } from '../helpers/seeded.js';

/** A writer that knows which of its notes the server acknowledged as durable. */
class Writer {
  readonly texts: string[] = [];
  /** Ack count that covers note i: the sync step 2 on connect is write #1, note i is #(i+2). */
  private readonly ackNeeded: number[] = [];
  durable = new Set<string>();

  constructor(
    readonly client: YClient,
    readonly name: string,
  ) {}

  write(): void {
    const text = `${this.name}-note-${this.texts.length}`;
    const connected = this.client.provider.wsconnected && this.client.provider.synced;
    addNote(this.client.doc, { phaseId: 'p1', questionId: null, kind: 'note', text });
    this.texts.push(text);
    // Offline writes have no ack slot on this connection; they are resent by the next sync step 2.
    this.ackNeeded.push(connected ? this.texts.length + 1 : Number.POSITIVE_INFINITY);
  }

  /** Records which notes are acknowledged so far (call before the connection is lost). */
  collectDurable(): void {
    const acked = this.client.acked();
    this.ackNeeded.forEach((need, i) => {
      if (need <= acked) this.durable.add(this.texts[i]!);
    });
  }
}

const countTexts = (client: YClient): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const note of readNotes(client.doc)) counts.set(note.text, (counts.get(note.text) ?? 0) + 1);
  return counts;
};

describe('durability', () => {
  let server: ServerProcess | null = null;
  const clients: YClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.kill('SIGKILL');
    server = null;
  });

  for (const seed of [11, 23, 47]) {
    it(`every acknowledged note survives kill -9 exactly once, and offline writers converge (seed ${seed})`, async () => {
      const rand = mulberry32(seed);
      server = await startServerProcess();
      const fx = await createFixture(server.url, 1);
      const table = fx.tables[0]!;

      // Several kill points per seed; writers are fresh per cycle so ack counting starts at 1.
      for (let cycle = 0; cycle < 2; cycle++) {
        const writers = [0, 1].map(
          (i) =>
            new Writer(
              connectYClient(server!.wsUrl, table.docName, table.token, { acks: true }),
              `s${seed}c${cycle}w${i}`,
            ),
        );
        writers.forEach((w) => clients.push(w.client));
        await Promise.all(writers.map((w) => waitSynced(w.client)));

        const killAfter = randomInt(rand, 3, 30);
        for (let i = 0; i < killAfter; i++) {
          writers[randomInt(rand, 0, 1)]!.write();
          if (rand() < 0.5) await new Promise((r) => setTimeout(r, randomInt(rand, 0, 3)));
          writers.forEach((w) => w.collectDurable());
        }
        // Kill without waiting for the last acks: some notes are in flight, only the acked must survive.
        const dataDir = server.dataDir;
        const port = server.port;
        await server.kill('SIGKILL');
        writers.forEach((w) => w.collectDurable());
        const durable = writers.flatMap((w) => [...w.durable]);
        expect(durable.length).toBeGreaterThan(0);

        // Writers keep writing while the server is down.
        for (let i = 0; i < 3; i++) writers.forEach((w) => w.write());

        server = await startServerProcess({ dataDir, port });
        const fresh = connectYClient(server.wsUrl, table.docName, table.token, { connect: false });
        // Check the acked notes before the old writers reconnect and resend what they hold.
        writers.forEach((w) => w.client.provider.disconnect());
        fresh.provider.connect();
        clients.push(fresh);
        await waitSynced(fresh);
        const stored = countTexts(fresh);
        for (const text of durable) expect(stored.get(text), text).toBe(1);

        // Now the writers come back: everything converges, nothing twice.
        writers.forEach((w) => w.client.provider.connect());
        const all = writers.flatMap((w) => w.texts);
        await waitFor(() => all.every((t) => countTexts(fresh).get(t) === 1), 'offline writes to arrive');
        await waitFor(
          () => writers.every((w) => canonicalJson(w.client.doc) === canonicalJson(fresh.doc)),
          'writers to converge',
        );
        for (const [text, n] of countTexts(fresh)) expect(n, text).toBe(1);
        writers.forEach((w) => w.client.provider.disconnect());
      }
    });
  }

  it('SIGTERM with writers connected loses nothing and tells clients to come back (1012)', async () => {
    server = await startServerProcess();
    const fx = await createFixture(server.url, 1);
    const table = fx.tables[0]!;
    const writer = new Writer(
      connectYClient(server.wsUrl, table.docName, table.token, { acks: true }),
      'term',
    );
    clients.push(writer.client);
    await waitSynced(writer.client);
    const closeCodes: number[] = [];
    writer.client.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code);
    });

    for (let i = 0; i < 20; i++) writer.write();
    const exit = server.kill('SIGTERM');
    for (let i = 0; i < 5; i++) writer.write();
    expect(await exit).toBe(0);
    await waitFor(() => closeCodes.length > 0, 'close');
    expect(closeCodes[0]).toBe(CloseCode.serviceRestart);
    writer.collectDurable();

    server = await startServerProcess({ dataDir: server.dataDir, port: server.port });
    const fresh = connectYClient(server.wsUrl, table.docName, table.token);
    clients.push(fresh);
    await waitSynced(fresh);
    for (const text of writer.durable) expect(countTexts(fresh).get(text)).toBe(1);
    // The writer reconnects by itself and delivers what the shutdown cut off.
    await waitFor(() => writer.texts.every((t) => countTexts(fresh).get(t) === 1), 'all notes after restart');
  });
});

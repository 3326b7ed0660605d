/**
 * What no well-behaved client sends: malformed WebSocket frames, broken y-protocols messages, foreign
 * awareness, floods. Each must cost only the connection that sent it: `/healthz` stays 200, a sibling
 * connection on the same doc keeps answering, and y-websocket clients on another doc keep syncing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type net from 'node:net';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import {
  CloseCode,
  MAX_AWARENESS_STATE_BYTES,
  MAX_MESSAGE_BYTES,
  MessageType,
  SyncMessageType,
} from '../../shared/protocol.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { createFixture, type Fixture } from '../helpers/api.js';
import { frame } from '../helpers/raw-client.js';
import { mulberry32 } from '../helpers/seeded.js';
import { titled } from '../helpers/titled.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';
import { SyncProbe, metricSample, remoteStateVector, updateOn } from '../helpers/sync-probe.js';

/** Resolves with the close code, or null if the connection is still open after `ms`. */
const closedWithin = (p: SyncProbe, ms = 3000): Promise<number | null> =>
  Promise.race([p.closed, new Promise<null>((r) => setTimeout(() => r(null), ms))]);

/** A client frame as raw bytes: masked (clients must mask), with the given first byte. */
function maskedFrame(firstByte: number, payload: Uint8Array): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([firstByte, 0x80 | payload.length]), mask, masked]);
}

/** An awareness update as the y-protocols encoder writes it, with any entries. */
function awarenessUpdate(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(enc, e.clientId);
    encoding.writeVarUint(enc, e.clock);
    encoding.writeVarString(enc, JSON.stringify(e.state));
  }
  return frame(MessageType.awareness, encoding.toUint8Array(enc));
}

/** Seeded bytes, so a failing garbage case replays exactly. */
function seededBytes(seed: number, length: number): Uint8Array {
  const rand = mulberry32(seed);
  return Uint8Array.from({ length }, () => Math.floor(rand() * 256));
}

describe('a bad frame or message costs only its own connection', () => {
  let server: TestServer;
  let fx: Fixture;
  /** y-websocket clients on table B's doc: the rest of the venue. */
  let bystanders: [YClient, YClient];
  /** A well-behaved raw connection on the victims' doc. */
  let sibling: SyncProbe;
  const probes: SyncProbe[] = [];
  const extraClients: YClient[] = [];
  let round = 0;

  const victimDoc = () => fx.tables[0]!.docName;
  const victim = async (token = fx.tables[0]!.token, doc = victimDoc()): Promise<SyncProbe> => {
    const p = await SyncProbe.open(server.wsUrl, doc, token);
    probes.push(p);
    return p;
  };

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 2);
    const b = fx.tables[1]!;
    bystanders = [
      connectYClient(server.wsUrl, b.docName, b.token),
      connectYClient(server.wsUrl, b.docName, b.token),
    ];
    // No presence: unmodified y-websocket clients echo each other's awareness, which the server
    // currently punishes with 4400 (see the awareness test below); the bystanders must not depend on that.
    bystanders.forEach((c) => c.provider.awareness.setLocalState(null));
    await Promise.all(bystanders.map((c) => waitSynced(c)));
    sibling = await SyncProbe.open(server.wsUrl, victimDoc(), fx.tables[0]!.token);
  });

  afterEach(async () => {
    // Everyone else is unharmed: health, the sibling on the same doc, and live sync on another doc.
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(sibling.isOpen).toBe(true);
    await sibling.requestState();
    const key = `round-${++round}`;
    bystanders[0].doc.getMap('m').set(key, round);
    await waitFor(() => bystanders[1].doc.getMap('m').get(key) === round, 'a bystander write to arrive');
    expect(bystanders.every((c) => c.provider.wsconnected)).toBe(true);
    probes.splice(0).forEach((p) => p.close());
    extraClients.splice(0).forEach((c) => c.destroy());
  });

  afterAll(async () => {
    bystanders.forEach((c) => c.destroy());
    sibling.close();
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  const RSV = [
    { label: 'RSV1', firstByte: 0xc2 },
    { label: 'RSV2', firstByte: 0xa2 },
    { label: 'RSV3', firstByte: 0x92 },
  ];
  it.each(titled(RSV, (c) => `a frame with the ${c.label} bit set is closed with 1002 (protocol error)`))(
    '%s',
    async (_, { firstByte }) => {
      const p = await victim();
      const socket = (p.ws as unknown as { _socket: net.Socket })._socket;
      socket.write(
        maskedFrame(firstByte, frame(MessageType.sync, SyncMessageType.step1, new Uint8Array([0]))),
      );
      expect(await closedWithin(p)).toBe(1002);
    },
  );

  it('a frame over MAX_MESSAGE_BYTES is closed with 1009 (message too big)', async () => {
    const p = await victim();
    p.ws.on('error', () => {}); // the server may reset the socket while the client still writes
    p.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await closedWithin(p)).toBe(1009);
  });

  it('a text frame is closed with 4400, even one whose bytes are a valid message', async () => {
    const p = await victim();
    // As bytes this text is a valid sync step 1 ([0,0,1,0]): only the frame type makes it wrong.
    p.send(String.fromCharCode(MessageType.sync, SyncMessageType.step1, 1, 0));
    expect(await closedWithin(p)).toBe(CloseCode.malformedMessage);
  });

  const GARBAGE = [
    { label: 'an empty message', bytes: [] },
    { label: 'a bare sync type [0]', bytes: [0] },
    { label: 'a sync update without payload [0,2]', bytes: [0, 2] },
    { label: 'a sync update promising 200 bytes it lacks [0,2,200]', bytes: [0, 2, 200] },
    { label: 'a step 1 with a truncated state vector [0,0,3,5,1]', bytes: [0, 0, 3, 5, 1] },
    { label: 'an unknown sync subtype [0,7,0]', bytes: [0, 7, 0] },
    { label: 'an unknown message type [99]', bytes: [99] },
    { label: 'a truncated awareness message [1,9,1]', bytes: [1, 9, 1] },
    { label: 'an update of garbage [0,2,4,255,255,255,255]', bytes: [0, 2, 4, 255, 255, 255, 255] },
  ];
  it.each(titled(GARBAGE, (c) => `${c.label} is closed with 4400 and changes nothing`))(
    '%s',
    async (_, { bytes }) => {
      const before = await remoteStateVector(server.wsUrl, victimDoc(), fx.event.facilitatorToken);
      const p = await victim();
      p.send(new Uint8Array(bytes));
      expect(await closedWithin(p)).toBe(CloseCode.malformedMessage);
      expect(await remoteStateVector(server.wsUrl, victimDoc(), fx.event.facilitatorToken)).toEqual(before);
    },
  );

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'random bytes (seed %i) are closed with 4400 or ignored',
    async (seed) => {
      const p = await victim(fx.event.facilitatorToken);
      const bytes = seededBytes(seed, 64 + seed * 16);
      p.send(bytes);
      // Either verdict is fine; what must hold is that it is one of the two, for this connection only.
      const stillOpen = await p.requestState().then(
        () => true,
        () => false,
      );
      if (!stillOpen) expect(await closedWithin(p)).toBe(CloseCode.malformedMessage);
    },
  );

  it('a V2 update sent as a sync update does not change the document', async () => {
    const name = victimDoc();
    const p = await victim();
    const base = await p.fetchDoc();
    const before = await remoteStateVector(server.wsUrl, name, fx.event.facilitatorToken);
    const v1 = updateOn(base, (d) => d.getMap('m').set('v2', 'applied'));
    const v2 = Y.convertUpdateFormatV1ToV2(v1);
    p.send(frame(MessageType.sync, SyncMessageType.update, v2));
    // Read as V1 it is either garbage (4400) or a no-op; a step 1 round trip tells which.
    const stillOpen = await p.requestState().then(
      () => true,
      () => false,
    );
    if (!stillOpen) expect(await closedWithin(p)).toBe(CloseCode.malformedMessage);
    expect(await remoteStateVector(server.wsUrl, name, fx.event.facilitatorToken)).toEqual(before);
  });

  describe('awareness', () => {
    /**
     * A victim with published presence, and an observer: both raw, so neither echoes what it is told
     * (unmodified y-websocket clients do; that case has its own test below).
     */
    const withVictimPresence = async () => {
      const target = await victim();
      const observer = await victim();
      const id = 100_000 + round;
      target.send(awarenessUpdate([{ clientId: id, clock: 1, state: { user: 'victim' } }]));
      await waitFor(
        () => (observer.awareness.getStates().get(id) as { user?: string } | undefined)?.user === 'victim',
        "the victim's presence at the observer",
      );
      return { target, observer, id, clock: 1 };
    };
    const victimSeenAs = async (observer: SyncProbe, id: number) => {
      await observer.requestState(); // flushes anything the server sent before
      return (observer.awareness.getStates().get(id) as { user?: string } | undefined)?.user;
    };

    it("an awareness update for another connection's clientID is closed with 4400 and the victim's presence is untouched", async () => {
      const { target, observer, id, clock } = await withVictimPresence();
      const attacker = await victim();
      attacker.send(awarenessUpdate([{ clientId: id, clock: clock + 10, state: { user: 'evil' } }]));
      expect(await closedWithin(attacker)).toBe(CloseCode.malformedMessage);
      expect(await victimSeenAs(observer, id)).toBe('victim');
      expect(target.isOpen).toBe(true);
    });

    it('switching to a foreign clientID after publishing its own is closed with 4400', async () => {
      const { target, observer, id, clock } = await withVictimPresence();
      const attacker = await victim();
      attacker.send(awarenessUpdate([{ clientId: 424242, clock: 1, state: { user: 'attacker' } }]));
      await attacker.requestState();
      attacker.send(awarenessUpdate([{ clientId: id, clock: clock + 10, state: { user: 'evil' } }]));
      expect(await closedWithin(attacker)).toBe(CloseCode.malformedMessage);
      expect(await victimSeenAs(observer, id)).toBe('victim');
      expect(observer.awareness.getStates().has(424242)).toBe(false);
      expect(target.isOpen).toBe(true);
    });

    it('an awareness update with several entries, one of them foreign, is closed and alters nothing', async () => {
      const { observer, id, clock } = await withVictimPresence();
      const attacker = await victim();
      attacker.send(
        awarenessUpdate([
          { clientId: 515151, clock: 1, state: { user: 'attacker' } },
          { clientId: id, clock: clock + 10, state: { user: 'evil' } },
        ]),
      );
      expect(await closedWithin(attacker)).toBe(CloseCode.malformedMessage);
      expect(await victimSeenAs(observer, id)).toBe('victim');
      expect(observer.awareness.getStates().has(515151)).toBe(false);
    });

    it('an awareness state over 4 KiB is closed with 4413', async () => {
      const p = await victim();
      p.send(
        awarenessUpdate([
          { clientId: 616161, clock: 1, state: { pad: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) } },
        ]),
      );
      expect(await closedWithin(p)).toBe(CloseCode.messageTooLarge);
    });

    it('an awareness state over 4 KiB of UTF-8 but under 4096 characters is closed with 4413', async () => {
      const p = await victim();
      const state = { pad: 'ä'.repeat(MAX_AWARENESS_STATE_BYTES / 2 + 100) };
      expect(JSON.stringify(state).length).toBeLessThan(MAX_AWARENESS_STATE_BYTES);
      expect(Buffer.byteLength(JSON.stringify(state))).toBeGreaterThan(MAX_AWARENESS_STATE_BYTES);
      p.send(awarenessUpdate([{ clientId: 717171, clock: 1, state }]));
      const stillOpen = await p.requestState().then(
        () => true,
        () => false,
      );
      expect(stillOpen).toBe(false);
      expect(await closedWithin(p)).toBe(CloseCode.messageTooLarge);
    });

    it("two unmodified y-websocket clients with presence on one doc stay connected (they echo each other's awareness)", async () => {
      const doc = fx.tables[0]!.docName;
      const a = connectYClient(server.wsUrl, doc, fx.tables[0]!.token);
      const b = connectYClient(server.wsUrl, doc, fx.tables[0]!.token);
      extraClients.push(a, b);
      await Promise.all([waitSynced(a), waitSynced(b)]);
      const closes: number[] = [];
      for (const c of [a, b]) c.provider.on('connection-close', (e) => closes.push(e?.code ?? -1));
      a.provider.awareness.setLocalStateField('user', 'A');
      b.provider.awareness.setLocalStateField('user', 'B');
      await waitFor(
        () =>
          closes.length > 0 ||
          (a.provider.awareness.getStates().size === 2 && b.provider.awareness.getStates().size === 2),
        'each to see the other (or a close)',
      );
      // Each client echoes what it was told at once; give the echoes time to reach the server.
      await waitFor(() => closes.length > 0, 'an echo to be punished', 300).catch(() => undefined);
      expect(closes).toEqual([]);
      expect(a.provider.awareness.getStates().get(b.doc.clientID)).toEqual({ user: 'B' });
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ user: 'A' });
    });
  });

  it('a connection over the message rate is closed with 4529', async () => {
    const p = await victim();
    const query = new Uint8Array([MessageType.queryAwareness]);
    for (let i = 0; i < 1000; i++) p.send(query);
    expect(await closedWithin(p)).toBe(CloseCode.rateLimited);
  });

  it('a client that stops reading is closed as a slow consumer (4508) once its send buffer passes the cap', async () => {
    // A document of ~1.5 MB: every step 1 request makes the server send all of it again.
    const writer = await victim(fx.event.facilitatorToken, `board.${fx.event.eventId}`);
    let base = await writer.fetchDoc();
    for (let i = 0; i < 3; i++) {
      const u = updateOn(base, (d) => d.getText('bulk').insert(0, randomBytes(250_000).toString('hex')));
      writer.send(frame(MessageType.sync, SyncMessageType.update, u));
      base = await writer.fetchDoc();
    }
    expect(base.getText('bulk').length).toBe(1_500_000);

    const slow = await victim(fx.event.facilitatorToken, `board.${fx.event.eventId}`);
    const socket = (slow.ws as unknown as { _socket: net.Socket })._socket;
    socket.pause();
    const slowCloses = () =>
      metricSample(
        server.app.metrics.render(),
        'dialogdag_ws_closes_total',
        `code="${CloseCode.slowConsumer}"`,
      );
    const before = slowCloses();
    const ask = frame(MessageType.sync, SyncMessageType.step1, new Uint8Array([0]));
    // Kernel buffers take a few MB, the server's own cap (8 MiB) the rest: 40 × 1.5 MB is well past both.
    for (let i = 0; i < 40 && slowCloses() === before; i++) {
      slow.send(ask);
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => slowCloses() === before + 1, 'the slow consumer to be closed', 5000);
    socket.resume();
    expect(await closedWithin(slow, 5000)).not.toBeNull();
    expect(writer.isOpen).toBe(true);
  });
});

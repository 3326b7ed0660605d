/**
 * The projector link can show everything of its event and change nothing: its page has no control
 * that writes, and writes sent with its token — from a Node y-websocket client and from a raw socket
 * opened inside the projector page — are dropped by the server. The proof is the event document's
 * state vector on the server, read by a fresh facilitator client, which stays the same; the same
 * bytes sent with the facilitator's token do change it (so the write attempts were real writes).
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readEvent,
  setCurrentPhase,
  setEventInfo,
  startTimer,
  type EventSnapshot,
} from '../../shared/docs/event-doc.js';
import { addNote } from '../../shared/docs/table-doc.js';
import { MessageType, SyncMessageType, SUBPROTOCOL, SUBPROTOCOL_AUTH_PREFIX } from '../../shared/protocol.js';
import { connectYClient, waitSynced, type YClient } from '../../scripts/lib/node-client.js';
import { frame } from '../helpers/raw-client.js';
import { appAndBrowserForSuite, screenshot } from './browser.js';
import {
  absolute,
  createEvent,
  createTable,
  startAppWithOwnBuild,
  trackedPage,
} from './facilitator-helpers.js';

/** What the server holds: a fresh facilitator client's state vector and snapshot after it synced. */
async function serverState(wsUrl: string, docName: string, token: string) {
  const client = connectYClient(wsUrl, docName, token);
  try {
    await waitSynced(client);
    return {
      stateVector: Y.encodeStateVector(client.doc),
      update: Y.encodeStateAsUpdate(client.doc),
      snapshot: readEvent(client.doc),
    };
  } finally {
    client.destroy();
  }
}

async function droppedWrites(appUrl: string): Promise<number> {
  const text = await (await fetch(`${appUrl}/metrics`)).text();
  const match = /^dialogdag_ws_dropped_writes_total\S*\s+(\d+)/m.exec(text);
  return match ? Number(match[1]) : 0;
}

const settle = () => new Promise((r) => setTimeout(r, 750));

describe('projector: read-only', () => {
  const env = appAndBrowserForSuite(startAppWithOwnBuild);
  const clients: YClient[] = [];
  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('writes with the projector token are dropped by the server; the projector page offers nothing to change', async () => {
    const event = await createEvent(env.app, { title: 'Projektordag' });
    const table = await createTable(env.app, event, 'Bord 1', ['Lerums kommun']);
    const projectorToken = new URL(event.projectorUrl, env.app.url).hash.slice(1);
    const wsUrl = env.app.url.replace(/^http/, 'ws');
    const eventDoc = `event.${event.eventId}`;
    const before = await serverState(wsUrl, eventDoc, event.facilitatorToken);
    const dropsBefore = await droppedWrites(env.app.url);

    // A Node client with the projector token: it syncs (reads), then writes locally.
    const projector = connectYClient(wsUrl, eventDoc, projectorToken);
    clients.push(projector);
    await waitSynced(projector);
    expect(readEvent(projector.doc).info.title).toBe('Projektordag');
    const phases = readEvent(projector.doc).phases;
    setEventInfo(projector.doc, { title: 'Kapad dag' });
    setCurrentPhase(projector.doc, phases[2]!.id);
    startTimer(projector.doc, 60_000, Date.now());
    // …and on the table's document, which it may read too.
    const projectorAtTable = connectYClient(wsUrl, table.docName, projectorToken);
    clients.push(projectorAtTable);
    await waitSynced(projectorAtTable);
    addNote(projectorAtTable.doc, {
      phaseId: phases[0]!.id,
      questionId: null,
      kind: 'note',
      text: 'Påhittad',
    });
    await settle();

    const after = await serverState(wsUrl, eventDoc, event.facilitatorToken);
    expect(Buffer.from(after.stateVector)).toEqual(Buffer.from(before.stateVector));
    expect(after.snapshot).toEqual(before.snapshot);
    const tableAfter = connectYClient(wsUrl, table.docName, event.facilitatorToken);
    clients.push(tableAfter);
    await waitSynced(tableAfter);
    expect(tableAfter.doc.getMap('notes').size).toBe(0);
    expect(await droppedWrites(env.app.url)).toBeGreaterThan(dropsBefore);

    // The projector page in the browser: it shows the day and has no control that could write.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    const p = await trackedPage(context, errors, 'projector');
    await p.goto(absolute(env.app, event.projectorUrl));
    await p.getByRole('heading', { name: 'Upptäcka', level: 1 }).waitFor();
    expect(await p.locator('input, textarea, select, [contenteditable]').count()).toBe(0);
    expect(await p.getByRole('button').allInnerTexts()).toEqual([]);
    expect(await p.getByRole('tab').allInnerTexts()).toEqual(['Fas och frågor', 'Faktortavlan']);

    // The board tab: the live factor board, read-only like the rest.
    await p.getByRole('tab', { name: 'Faktortavlan' }).click();
    await p.getByText('Här växer framgångsfaktorerna fram under dagen.').waitFor();
    expect(await p.locator('input, textarea, select, [contenteditable]').count()).toBe(0);
    await screenshot(p, 'facilitator-projector-board');
    await p.getByRole('tab', { name: 'Faktortavlan' }).press('ArrowLeft');
    await p.getByRole('heading', { name: 'Upptäcka', level: 1 }).waitFor();

    // A write attempt from inside the projector page, on a socket of its own with its token.
    // Made against the server's state (not the projector client's, whose dropped edits it lacks).
    const local = new Y.Doc();
    Y.applyUpdate(local, after.update);
    const vector = Y.encodeStateVector(local);
    setEventInfo(local, { title: 'Kapad från projektorn' });
    const bytes = [...frame(MessageType.sync, SyncMessageType.update, Y.encodeStateAsUpdate(local, vector))];
    const sendFromPage = (token: string) =>
      p.evaluate(
        ({ url, protocols, message }) =>
          new Promise<string>((resolve, reject) => {
            const ws = new WebSocket(url, protocols);
            ws.binaryType = 'arraybuffer';
            ws.onopen = () => {
              ws.send(new Uint8Array(message));
              setTimeout(() => {
                ws.close();
                resolve(ws.protocol);
              }, 500);
            };
            ws.onerror = () => reject(new Error('socket refused'));
          }),
        {
          url: `${wsUrl}/sync/${eventDoc}`,
          protocols: [SUBPROTOCOL, SUBPROTOCOL_AUTH_PREFIX + token],
          message: bytes,
        },
      );
    expect(await sendFromPage(projectorToken)).toBe(SUBPROTOCOL);
    await settle();
    const afterPage = await serverState(wsUrl, eventDoc, event.facilitatorToken);
    expect(Buffer.from(afterPage.stateVector)).toEqual(Buffer.from(before.stateVector));
    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe('Upptäcka');
    expect(await p.locator('.projector-event').innerText()).toBe('Projektordag');
    await screenshot(p, 'facilitator-projector-readonly');

    // Control: the very same bytes with the facilitator's token are a real write, and the projector
    // shows it live — so what was dropped above would have changed the day.
    await sendFromPage(event.facilitatorToken);
    await p.locator('.projector-event', { hasText: 'Kapad från projektorn' }).waitFor({ timeout: 10_000 });
    const changed: EventSnapshot = (await serverState(wsUrl, eventDoc, event.facilitatorToken)).snapshot;
    expect(changed.info.title).toBe('Kapad från projektorn');

    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * Limits explained: when the server refuses a write as too large (close code 4413) the tablet
 * says so in words and keeps the text — on screen and on the device — so nothing is lost; after a
 * reload with the refusal gone, the text reaches the server. The refusal is made by a WebSocket
 * route in front of the real server (the 1,000-character note cap keeps a person from reaching the
 * server's 512 KiB limit through the interface); the character counter shows the cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, MAX_NOTE_CHARS } from '../../shared/protocol.js';
import type { YClient } from '../../scripts/lib/node-client.js';
import { appAndBrowserForSuite, screenshot, startApp } from './browser.js';
import {
  addNote,
  createEvent,
  facilitatorOnTable,
  findInStorage,
  findNote,
  joinByLink,
  newTablet,
  notesOf,
  waitForStatus,
  type TestEvent,
} from './table-helpers.js';

const REFUSED = 'För-stor-ändring-R44';

describe('table view: limits explained', () => {
  const env = appAndBrowserForSuite(startApp);
  let day: TestEvent;
  let facilitator: YClient;

  beforeAll(async () => {
    day = await createEvent(env.app.url, {
      title: 'Gränsdag',
      tables: [{ name: 'Bord 1', organisations: ['Mark'] }],
    });
    facilitator = await facilitatorOnTable(env.app.url, day.event, day.tables[0]!);
  });
  afterAll(async () => {
    facilitator?.destroy();
  });

  it('a write the server refuses as too large (4413) is explained in words and the text stays on the tablet', async () => {
    const { context, errors } = await newTablet(env.browser);
    let refuse = true;
    // Every table-doc socket goes through this route; a message carrying the marker is refused the
    // way the server refuses an oversized update: close 4413, final.
    await context.routeWebSocket(/\/sync\/table\./, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const text = typeof message === 'string' ? message : message.toString('utf8');
        if (refuse && text.includes(REFUSED)) {
          ws.close({ code: CloseCode.messageTooLarge, reason: 'update too large' });
          server.close();
          return;
        }
        server.send(message);
      });
    });
    const page = await joinByLink(context, env.app.url, day.tables[0]!.joinCode);
    await addNote(page, 'Den här kom fram');
    await waitForStatus(page, 'Sparat');

    await addNote(page, `${REFUSED}: en lång berättelse om språkpraktik`);
    const alert = page.getByRole('alert').filter({ hasText: 'Servern tog inte emot ändringen' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Allt ni har skrivit finns kvar på den här surfplattan');
    await waitForStatus(page, 'Servern avbröt anslutningen. Ladda om sidan.');
    await screenshot(page, 'table-sv-refused');
    // Kept: on screen, editable, and in the tablet's own copy.
    const note = await findNote(page, REFUSED);
    expect(await note.textarea.isEditable()).toBe(true);
    expect((await findInStorage(page, REFUSED)).indexedDb.length).toBeGreaterThan(0);
    expect(notesOf(facilitator).map((n) => n.text)).toEqual(['Den här kom fram']);

    // Once the server accepts again, a reload sends what the tablet kept.
    refuse = false;
    await page.reload();
    await findNote(page, REFUSED);
    await waitForStatus(page, 'Sparat');
    await expect
      .poll(() => notesOf(facilitator).map((n) => n.text))
      .toEqual(['Den här kom fram', `${REFUSED}: en lång berättelse om språkpraktik`]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the character counter shows the cap, and a full note says what to do', async () => {
    const { context } = await newTablet(env.browser);
    const page = await joinByLink(context, env.app.url, day.tables[0]!.joinCode);
    const long = 'Berättelse. '.repeat(100).slice(0, MAX_NOTE_CHARS);
    await addNote(page, long.slice(0, 40));
    const note = await findNote(page, long.slice(0, 40));
    await note.textarea.fill(long + ' och mer');
    expect(await note.textarea.inputValue()).toHaveLength(MAX_NOTE_CHARS);
    await note.card.getByText(`${MAX_NOTE_CHARS} av ${MAX_NOTE_CHARS} tecken`).waitFor();
    await note.card.getByText('Anteckningen är full.').waitFor();
    await context.close();
  });
});

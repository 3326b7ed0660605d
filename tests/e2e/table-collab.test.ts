/**
 * Two tablets at one table edit one note at the same time (interleaved keystrokes in one textarea
 * on each) and end with the same text holding both edits, carets where their people left them,
 * each seeing that the other is writing. A tablet at another table never sees the note: not on
 * screen, not in its IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { YClient } from '../../scripts/lib/node-client.js';
import { appAndBrowserForSuite, screenshot, startApp, watchForeignRequests } from './browser.js';
import {
  addNote,
  createEvent,
  facilitatorOnTable,
  findInStorage,
  findNote,
  joinByLink,
  newTablet,
  notesOf,
  shownNoteTexts,
  waitForStatus,
  type TestEvent,
} from './table-helpers.js';

const MARKER = 'Samverkan-Q7X';
const BASE = `${MARKER} över kommungränsen`;
const WORD_A = ' gav resultat';
const WORD_B = 'Kort sagt: ';

describe('table view: two tablets, one note', () => {
  const env = appAndBrowserForSuite(startApp);
  let day: TestEvent;
  let facilitator: YClient;
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];
  const foreign: string[][] = [];
  let pageA: Page;
  let pageB: Page;
  let pageC: Page;

  beforeAll(async () => {
    day = await createEvent(env.app.url, {
      title: 'Samverkansdag',
      tables: [
        { name: 'Bord 1', organisations: ['Borås'] },
        { name: 'Bord 2', organisations: ['Alingsås'] },
      ],
    });
    facilitator = await facilitatorOnTable(env.app.url, day.event, day.tables[0]!);
    for (let i = 0; i < 3; i++) {
      const tablet = await newTablet(env.browser);
      contexts.push(tablet.context);
      errors.push(tablet.errors);
      foreign.push(watchForeignRequests(tablet.context, env.app.url));
    }
    // A and B scan table 1's card, C scans table 2's.
    pageA = await joinByLink(contexts[0]!, env.app.url, day.tables[0]!.joinCode);
    pageB = await joinByLink(contexts[1]!, env.app.url, day.tables[0]!.joinCode);
    pageC = await joinByLink(contexts[2]!, env.app.url, day.tables[1]!.joinCode);
  });
  afterAll(async () => {
    facilitator?.destroy();
  });

  it('two tablets type into the same note at once, interleaved, and end with the same text holding both edits', async () => {
    await addNote(pageA, BASE);
    const a = await findNote(pageA, BASE);
    const b = await findNote(pageB, BASE);
    expect(a.id).toBe(b.id);

    // A writes at the end, B at the start — in the same textarea, at the same time.
    await a.textarea.click();
    await pageA.keyboard.press('Control+End');
    await b.textarea.click();
    await pageB.keyboard.press('Control+Home');

    // Each sees that someone else is in the note (presence), named.
    await expect.poll(() => b.card.locator('.who-is-writing').textContent()).toMatch(/\S+ skriver…$/);
    await expect.poll(() => a.card.locator('.who-is-writing').textContent()).toMatch(/\S+ skriver…$/);
    await screenshot(pageB, 'table-sv-presence');

    for (let i = 0; i < Math.max(WORD_A.length, WORD_B.length); i++) {
      await Promise.all([
        WORD_A[i] ? pageA.keyboard.type(WORD_A[i]!) : null,
        WORD_B[i] ? pageB.keyboard.type(WORD_B[i]!) : null,
      ]);
    }

    const expected = WORD_B + BASE + WORD_A;
    await expect.poll(() => a.textarea.inputValue()).toBe(expected);
    await expect.poll(() => b.textarea.inputValue()).toBe(expected);
    // Nobody's caret jumped: each sits right after what that tablet typed.
    const caretA = await a.textarea.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
    const caretB = await b.textarea.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
    expect(caretA).toBe(expected.length);
    expect(caretB).toBe(WORD_B.length);

    // The server has it too: the facilitator's client reads exactly that text, once.
    await expect.poll(() => notesOf(facilitator).map((n) => n.text)).toEqual([expected]);
    await waitForStatus(pageA, 'Sparat');
    await waitForStatus(pageB, 'Sparat');

    // Leaving the note clears the other tablet's "… skriver…".
    await pageA.locator('h1').click();
    await expect.poll(() => b.card.locator('.who-is-writing').textContent()).toBe('');
  });

  it('a word being composed by an input method (as Android keyboards do) is not disturbed by the other tablet, and both edits land', async () => {
    const a = await findNote(pageA, BASE);
    const b = await findNote(pageB, BASE);
    const before = await a.textarea.inputValue();
    await a.textarea.click();
    await pageA.keyboard.press('Control+End');
    const cdp = await pageA.context().newCDPSession(pageA);
    await cdp.send('Input.imeSetComposition', { text: ' samar', selectionStart: 6, selectionEnd: 6 });
    await b.textarea.click();
    await pageB.keyboard.press('Control+Home');
    await pageB.keyboard.type('Ja! ');
    // The other tablet already sees the word as it is being composed (written live until then).
    await expect.poll(() => b.textarea.inputValue()).toBe('Ja! ' + before + ' samar');
    // The composing textarea was left alone while the word was being composed...
    expect(await a.textarea.inputValue()).toBe(before + ' samar');
    await cdp.send('Input.insertText', { text: ' samarbete' });
    // ...and once it is committed, both tablets read both edits.
    const expected = 'Ja! ' + before + ' samarbete';
    await expect.poll(() => a.textarea.inputValue()).toBe(expected);
    await expect.poll(() => b.textarea.inputValue()).toBe(expected);
    expect(await a.textarea.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(expected.length);
    await expect.poll(() => notesOf(facilitator).map((n) => n.text)).toEqual([expected]);
    await cdp.detach();
  });

  it('a tablet at another table never sees the note: not on screen, not in its IndexedDB', async () => {
    // Positive control: the search finds the note in a tablet of its own table.
    const own = await findInStorage(pageA, MARKER);
    expect(own.indexedDb.some((hit) => hit.includes(day.tables[0]!.docName))).toBe(true);

    await pageC.locator('#phase-title').waitFor();
    await waitForStatus(pageC, 'Sparat');
    expect(await pageC.content()).not.toContain(MARKER);
    expect(await shownNoteTexts(pageC)).toEqual([]);
    const other = await findInStorage(pageC, MARKER);
    expect(other.databases.some((name) => name.includes(day.tables[1]!.docName))).toBe(true);
    expect(other).toMatchObject({ indexedDb: [], localStorage: [], cacheStorage: [] });
  });

  it('no page error and no request to another origin on any tablet', () => {
    expect(errors).toEqual([[], [], []]);
    expect(foreign).toEqual([[], [], []]);
  });
});

/**
 * The board on a touch screen, against `npm start`: a note moves with single taps through "Flytta
 * till…" (no dragging needed, WCAG 2.2 2.5.7) and by a long-press drag; factors are created, merged
 * and deleted with taps (a deleted factor's notes return to the pool); an excerpt trims a card while
 * the table's note stays as written; and an edit made at the table shows on the card live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readBoard } from '../../shared/docs/board-doc.js';
import type { CreateTableResponse, JoinResponse } from '../../shared/api.js';
import { addNote, readNote, setNoteText } from '../../shared/docs/table-doc.js';
import { readPhases } from '../../shared/docs/event-doc.js';
import { api } from '../helpers/api.js';
import { connectYClient, waitSynced } from '../helpers/yclient.js';
import { appAndBrowserForSuite } from './browser.js';
import {
  cardIn,
  factorBox,
  focusedRef,
  gripOf,
  openBoard,
  poolBox,
  refsInFactor,
  seedBoard,
  startBoardApp,
  type SeededBoard,
} from './board-fixture.js';

const NOTES = [
  'Tidig kartläggning och vägledning är framgångsfaktorer.',
  'Kombinera sfi med praktik eller arbete.',
  'Staten är inte alltid att lita på.',
  'Det handlar om att beskriva verksamheten, hur kommunen har förändrats. Detta för att också bevara det som sitter i väggarna.',
  'Möta människan där personen är.',
];

describe('board: taps only, on a touch screen', () => {
  const env = appAndBrowserForSuite(startBoardApp);
  let seed: SeededBoard;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const ref = (i: number) => seed.refs[i]!;
  const announced = () => page.locator('[data-board-announcer]').innerText();

  beforeAll(async () => {
    seed = await seedBoard(env.app, {
      title: 'Dialogdag i Skaraborg',
      tables: [
        { name: 'Bord 1', organisations: ['Skara', 'Skövde'] },
        { name: 'Bord 2', organisations: ['Tibro', 'Hjo'] },
      ],
      notes: NOTES.map((text, i) => ({ table: i % 2, text })),
      factors: [
        { title: 'Ett långsiktigt och strukturerat arbetssätt' },
        { title: 'En kunskapsbaserad bas' },
      ],
      placements: [
        [0, 0],
        [1, 0],
      ],
    });
    context = await env.browser.newContext({
      viewport: { width: 820, height: 1180 },
      hasTouch: true,
      isMobile: true,
    });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await openBoard(page, seed);
  });

  afterAll(async () => {
    seed?.close();
  });

  it('"Flytta till…" moves a note into a factor with two taps, and focus stays on the note', async () => {
    const target = seed.factorIds[1]!;
    await cardIn(page, ref(3)).getByRole('button', { name: 'Flytta till…' }).tap();
    await cardIn(page, ref(3))
      .getByRole('button', { name: /^En kunskapsbaserad bas/ })
      .tap();
    await expect.poll(() => refsInFactor(page, target)).toEqual([ref(3)]);
    await expect.poll(() => focusedRef(page)).toBe(ref(3));
    expect(await announced()).toBe(
      'Anteckningen ”Det handlar om att beskriva verksamheten, hur kommunen har…” flyttades till faktorn ”En kunskapsbaserad bas”, plats 1 av 1.',
    );
    await expect.poll(() => readBoard(seed.board.doc).placements[ref(3)]?.factorId).toBe(target);
  });

  it('"Flytta upp" reorders a note within its factor with taps', async () => {
    const factor = seed.factorIds[0]!;
    expect(await refsInFactor(page, factor)).toEqual([ref(0), ref(1)]);
    await cardIn(page, ref(1)).getByRole('button', { name: 'Flytta till…' }).tap();
    await cardIn(page, ref(1)).getByRole('button', { name: '↑ Flytta upp' }).tap();
    await expect.poll(() => refsInFactor(page, factor)).toEqual([ref(1), ref(0)]);
    await expect.poll(() => focusedRef(page)).toBe(ref(1));
  });

  it('a long press and a finger drag moves a note from the pool into a factor', async () => {
    const factor = seed.factorIds[0]!;
    await gripOf(page, ref(4)).scrollIntoViewIfNeeded();
    const from = await gripOf(page, ref(4)).boundingBox();
    const to = await factorBox(page, factor).locator('.board-factor-list').boundingBox();
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
      });
    const [x0, y0] = [from!.x + 40, from!.y + 20];
    const [x1, y1] = [to!.x + to!.width / 2, to!.y + to!.height - 10];
    await touch('touchStart', x0, y0);
    await page.waitForTimeout(350);
    for (let i = 1; i <= 12; i++) {
      await touch('touchMove', x0 + ((x1 - x0) * i) / 12, y0 + ((y1 - y0) * i) / 12);
      await page.waitForTimeout(16);
    }
    await touch('touchEnd', x1, y1);
    await expect.poll(() => refsInFactor(page, factor)).toEqual([ref(1), ref(0), ref(4)]);
  });

  it('an excerpt trims the card; the table’s note stays as written; the table’s edit shows live', async () => {
    const card = cardIn(page, ref(3));
    await card.getByRole('button', { name: '✂ Utdrag' }).tap();
    await card.getByLabel('Det som ska citeras').fill('bevara det som sitter i väggarna');
    await card.getByRole('button', { name: 'Spara utdrag' }).tap();
    await expect
      .poll(() => card.locator('.board-card-text').innerText())
      .toBe('bevara det som sitter i väggarna');
    expect(await card.locator('.board-card-meta').innerText()).toContain('Utdrag');
    const table = seed.tables[1]!;
    const noteId = ref(3).split(':')[1]!;
    expect(readNote(table.client.doc, noteId)!.text).toBe(NOTES[3]);

    // The table edits the note: the excerpt stays, and the card says the note has changed under it.
    setNoteText(
      table.client.doc,
      noteId,
      'Det handlar om att beskriva verksamheten och minnet i organisationen.',
    );
    await card.getByText('Anteckningen har ändrats efter att utdraget gjordes.').waitFor({ timeout: 10_000 });
    expect(await card.locator('.board-card-text').innerText()).toBe('bevara det som sitter i väggarna');

    // A pool card shows the table's edit as it happens.
    const pooled = cardIn(page, ref(2));
    setNoteText(
      seed.tables[0]!.client.doc,
      ref(2).split(':')[1]!,
      'Staten är inte alltid att lita på – men Länsstyrelsen är det.',
    );
    await expect
      .poll(() => pooled.locator('.board-card-text').innerText(), { timeout: 10_000 })
      .toBe('Staten är inte alltid att lita på – men Länsstyrelsen är det.');
  });

  it('a table added while the board is open streams its notes in', async () => {
    const { eventId, facilitatorToken } = seed.event;
    const created = await api<CreateTableResponse>(
      env.app.url,
      'POST',
      `/api/events/${eventId}/tables`,
      { name: 'Bord 3', organisations: ['Tidaholm'] },
      facilitatorToken,
    );
    const joined = await api<JoinResponse>(env.app.url, 'POST', '/api/join', { code: created.body.joinCode });
    const eventClient = connectYClient(seed.wsUrl, `event.${eventId}`, facilitatorToken);
    const table = connectYClient(seed.wsUrl, created.body.docName, joined.body.token);
    try {
      await Promise.all([waitSynced(eventClient), waitSynced(table)]);
      const phaseId = readPhases(eventClient.doc)[0]!.id;
      addNote(table.doc, {
        phaseId,
        questionId: null,
        kind: 'idea',
        text: 'Mötesplatser där nya och gamla invånare träffas.',
      });
      const card = poolBox(page).locator('[data-note-ref]', { hasText: 'Mötesplatser där nya och gamla' });
      await card.waitFor({ timeout: 15_000 });
      expect(await card.locator('.board-card-source').innerText()).toBe('Bord 3 · Tidaholm');
    } finally {
      eventClient.destroy();
      table.destroy();
    }
  });

  it('factors are created, merged and deleted with taps; a deleted factor’s notes return to the pool', async () => {
    await page.getByLabel('Ny framgångsfaktor').fill('Fokus på samverkan internt och externt');
    await page.getByRole('button', { name: 'Skapa faktor' }).tap();
    const created = page.locator('.board-factor').nth(2);
    await expect
      .poll(() => created.getByLabel('Namn på faktorn').inputValue())
      .toBe('Fokus på samverkan internt och externt');
    expect(await announced()).toBe('Faktorn ”Fokus på samverkan internt och externt” skapades.');
    const createdId = (await created.getAttribute('data-factor-id'))!;

    await cardIn(page, ref(2)).getByRole('button', { name: 'Flytta till…' }).tap();
    await cardIn(page, ref(2))
      .getByRole('button', { name: /^Fokus på samverkan/ })
      .tap();
    await expect.poll(() => refsInFactor(page, createdId)).toEqual([ref(2)]);

    // Merge the new factor into the second one: its note moves there, the factor is gone.
    const knowledge = seed.factorIds[1]!;
    await created.getByRole('button', { name: 'Mer' }).tap();
    await created.getByLabel('Slå ihop med').selectOption(knowledge);
    await created.getByRole('button', { name: 'Slå ihop' }).tap();
    await expect.poll(() => refsInFactor(page, knowledge)).toEqual([ref(3), ref(2)]);
    expect(await page.locator(`[data-factor-id="${createdId}"]`).count()).toBe(0);
    expect(await announced()).toBe(
      'Faktorn ”Fokus på samverkan internt och externt” slogs ihop med ”En kunskapsbaserad bas”.',
    );

    // Delete it: both notes go back to the pool, the excerpt is kept.
    const box = factorBox(page, knowledge);
    await box.getByRole('button', { name: 'Mer' }).tap();
    await box.getByRole('button', { name: 'Ta bort faktorn' }).tap();
    await box.getByRole('button', { name: 'Ja, ta bort' }).tap();
    await expect.poll(() => page.locator(`[data-factor-id="${knowledge}"]`).count()).toBe(0);
    for (const r of [ref(2), ref(3)])
      expect(await poolBox(page).locator(`[data-note-ref="${r}"]`).count()).toBe(1);
    expect(await cardIn(page, ref(3)).locator('.board-card-text').innerText()).toBe(
      'bevara det som sitter i väggarna',
    );
    expect(errors).toEqual([]);
  });
});

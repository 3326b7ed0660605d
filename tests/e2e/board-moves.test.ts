/**
 * The clustering board in Chromium against `npm start`, two facilitators at once: a note moved by
 * mouse drag and by keyboard only reaches the other facilitator; the drag writes once, on drop;
 * Escape writes nothing; the screen-reader announcements are Swedish and name the note and the
 * factor; presence shows who is moving what; undo reverts only one's own move; titles and narratives
 * are co-edited live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { appAndBrowserForSuite } from './browser.js';
import {
  cardIn,
  dndLiveText,
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

/** dnd-kit's English defaults, which must never be heard on a Swedish board. */
const ENGLISH_DEFAULTS = /draggable|picked up|dropped|was moved|moved over|is no longer over|cancelled/i;

const NOTES = [
  'Ett skelett som bygger organisationen ger tydlighet i strukturer och föder flexibilitet.',
  'Rätt insats av rätt aktör i rätt tid.',
  'Glöm inte barnen och att synliggöra barnens integration!',
  'Man behöver se vem som kan göra vad.',
  'Verksamheter som ska kunna växa och krympa har enklare för det om det finns en ryggrad.',
  'Prioritera både formella och informella nätverk.',
];

describe('board: moving notes, two facilitators', () => {
  const env = appAndBrowserForSuite(startBoardApp);
  let seed: SeededBoard;
  let contexts: BrowserContext[];
  let a: Page;
  let b: Page;
  const errors: string[] = [];
  const heard: string[] = [];
  /** Board updates the server relayed to a third client, i.e. what the browsers wrote. */
  let relayed = 0;

  beforeAll(async () => {
    seed = await seedBoard(env.app, {
      title: 'Framgångsfaktorer – nyanländas etablering',
      tables: [
        { name: 'Bord 1', organisations: ['Alingsås', 'Borås'] },
        { name: 'Bord 2', organisations: ['Lerum', 'Vårgårda'] },
        { name: 'Bord 3', organisations: ['Skövde'] },
      ],
      notes: NOTES.map((text, i) => ({ table: i % 3, text, lifted: i % 2 === 0 })),
      factors: [
        { title: 'En organisatorisk och politisk vilja' },
        { title: 'En kommunövergripande struktur' },
        { title: 'Fokus på samverkan internt och externt' },
      ],
      placements: [
        [3, 1],
        [4, 1],
        [5, 2],
      ],
    });
    seed.board.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === seed.board.provider) relayed++;
    });
    contexts = await Promise.all(
      [0, 1].map(() => env.browser.newContext({ viewport: { width: 1400, height: 1000 } })),
    );
    [a, b] = (await Promise.all(contexts.map((context) => context.newPage()))) as [Page, Page];
    for (const [page, label] of [
      [a, 'A'],
      [b, 'B'],
    ] as const) {
      page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
      page.on('console', (msg) => msg.type() === 'error' && errors.push(`${label}: ${msg.text()}`));
    }
    await Promise.all([openBoard(a, seed), openBoard(b, seed)]);
  });

  afterAll(async () => {
    seed?.close();
  });

  const listen = async (page: Page, expected: string | RegExp) => {
    await expect.poll(() => dndLiveText(page), { timeout: 5000 }).toMatch(expected);
    heard.push(await dndLiveText(page));
    // dnd-kit's keyboard sensor starts listening for the next key a tick after the pick-up.
    await page.waitForTimeout(50);
  };

  it('the facilitator console links to the board', async () => {
    const console = await contexts[0]!.newPage();
    await console.goto(`${env.app.url}/f/${seed.event.eventId}#${seed.event.facilitatorToken}`);
    await console.getByRole('link', { name: 'Öppna tavlan' }).click();
    await console.waitForURL(/\/board$/);
    await console.locator(`[data-note-ref="${seed.refs[0]}"]`).waitFor({ timeout: 15_000 });
    await console.close();
  });

  it('a note dragged with the mouse from the pool into a factor is written once and the other facilitator sees it', async () => {
    const ref = seed.refs[0]!;
    const target = seed.factorIds[0]!;
    await gripOf(a, ref).scrollIntoViewIfNeeded();
    const from = await gripOf(a, ref).boundingBox();
    const to = await factorBox(a, target).locator('.board-factor-list').boundingBox();
    const before = relayed;
    await a.mouse.move(from!.x + 30, from!.y + 15);
    await a.mouse.down();
    await a.mouse.move(from!.x + 40, from!.y + 25, { steps: 3 });
    await a.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 15 });
    // While the pointer is down nothing has been written: the drag lives in local state only.
    expect(relayed).toBe(before);
    await expect.poll(() => factorBox(a, target).getAttribute('data-drop-target')).toBe('true');
    await a.mouse.up();

    await expect.poll(() => refsInFactor(a, target)).toEqual([ref]);
    await expect.poll(() => refsInFactor(b, target), { timeout: 10_000 }).toEqual([ref]);
    await expect.poll(() => relayed).toBe(before + 1);
    expect(await poolBox(b).locator(`[data-note-ref="${ref}"]`).count()).toBe(0);
    expect(await focusedRef(a)).toBe(ref);
  });

  it('a note moves by keyboard alone — pick up, arrows between and within factors, drop — with Swedish announcements', async () => {
    const ref = seed.refs[1]!;
    const structure = seed.factorIds[1]!;
    await gripOf(a, ref).focus();
    const before = relayed;
    await a.keyboard.press('Space');
    await listen(a, 'Du har lyft anteckningen ”Rätt insats av rätt aktör i rätt tid.” från de osorterade.');
    await a.keyboard.press('ArrowRight');
    await listen(a, /är över faktorn ”En organisatorisk och politisk vilja”, plats 2 av 2\.$/);
    await a.keyboard.press('ArrowRight');
    await listen(a, /är över faktorn ”En kommunövergripande struktur”, plats 3 av 3\.$/);
    await a.keyboard.press('ArrowUp');
    await listen(
      a,
      'Anteckningen ”Rätt insats av rätt aktör i rätt tid.” är över faktorn ”En kommunövergripande struktur”, plats 2 av 3.',
    );
    expect(relayed).toBe(before);
    await a.keyboard.press('Space');
    await listen(
      a,
      'Anteckningen ”Rätt insats av rätt aktör i rätt tid.” flyttades till faktorn ”En kommunövergripande struktur”, plats 2 av 3.',
    );

    const expected = [seed.refs[3]!, ref, seed.refs[4]!];
    await expect.poll(() => refsInFactor(a, structure)).toEqual(expected);
    await expect.poll(() => focusedRef(a)).toBe(ref);
    await expect.poll(() => refsInFactor(b, structure), { timeout: 10_000 }).toEqual(expected);
    await expect.poll(() => relayed).toBe(before + 1);
  });

  it('Escape cancels a keyboard drag: the note stays, nothing is written, focus stays on it', async () => {
    const ref = seed.refs[2]!;
    await gripOf(a, ref).focus();
    const before = relayed;
    await a.keyboard.press('Enter');
    await listen(a, /^Du har lyft anteckningen ”Glöm inte barnen/);
    await a.keyboard.press('ArrowRight');
    await listen(a, /är över faktorn ”En organisatorisk och politisk vilja”/);
    await a.keyboard.press('Escape');
    await listen(
      a,
      'Flytten avbröts. Anteckningen ”Glöm inte barnen och att synliggöra barnens integration!” ligger kvar bland de osorterade.',
    );
    expect(await poolBox(a).locator(`[data-note-ref="${ref}"]`).count()).toBe(1);
    await expect.poll(() => focusedRef(a)).toBe(ref);
    await a.waitForTimeout(300);
    expect(relayed).toBe(before);
  });

  it('the other facilitator sees who is moving which note while the drag lasts', async () => {
    const ref = seed.refs[2]!;
    await b.getByLabel('Ditt namn').fill('Karin');
    await gripOf(b, ref).focus();
    await b.keyboard.press('Space');
    await listen(b, /^Du har lyft anteckningen/);
    await expect(
      cardIn(a, ref).getByText('Karin flyttar den här').waitFor({ timeout: 5000 }),
    ).resolves.toBeUndefined();
    expect(await cardIn(a, ref).getAttribute('data-remote-drag')).toBe('true');
    await expect
      .poll(() => a.locator('.board-peers').innerText())
      .toContain('Karin flyttar ”Glöm inte barnen och att synliggöra barnens integration!”');
    await b.keyboard.press('Escape');
    await expect.poll(() => cardIn(a, ref).getAttribute('data-remote-drag')).toBeNull();
  });

  it('undo reverts only this facilitator’s last move, redo brings it back, and both boards follow', async () => {
    const structure = seed.factorIds[1]!;
    const moved = seed.refs[1]!;
    // B moves a note too; A's undo must leave it where B put it.
    await gripOf(b, seed.refs[5]!).focus();
    await b.keyboard.press('Space');
    await listen(b, /^Du har lyft/);
    await b.keyboard.press('ArrowLeft');
    await listen(b, /är över faktorn ”En kommunövergripande struktur”/);
    await b.keyboard.press('Space');
    await listen(b, /flyttades till faktorn ”En kommunövergripande struktur”, plats 4 av 4\.$/);
    await expect.poll(() => refsInFactor(a, structure)).toHaveLength(4);

    await a.getByRole('button', { name: 'Ångra' }).click();
    await expect.poll(() => refsInFactor(a, structure)).toEqual([seed.refs[3], seed.refs[4], seed.refs[5]]);
    await expect.poll(() => refsInFactor(b, structure)).toEqual([seed.refs[3], seed.refs[4], seed.refs[5]]);
    expect(await poolBox(b).locator(`[data-note-ref="${moved}"]`).count()).toBe(1);
    await expect.poll(() => a.locator('[data-board-announcer]').innerText()).toBe('Ändringen ångrades.');

    await a.getByRole('button', { name: 'Gör om' }).click();
    await expect
      .poll(() => refsInFactor(b, structure))
      .toEqual([seed.refs[3], moved, seed.refs[4], seed.refs[5]]);

    // The same with the keyboard: Ctrl+Z and Ctrl+Shift+Z, from a card.
    await gripOf(a, moved).focus();
    await a.keyboard.press('Control+z');
    await expect.poll(() => refsInFactor(b, structure)).toEqual([seed.refs[3], seed.refs[4], seed.refs[5]]);
    await a.keyboard.press('Control+Shift+z');
    await expect
      .poll(() => refsInFactor(b, structure))
      .toEqual([seed.refs[3], moved, seed.refs[4], seed.refs[5]]);
  });

  it('a note dragged with the mouse within a factor lands where the insertion bar shows', async () => {
    const structure = seed.factorIds[1]!;
    const before = await refsInFactor(a, structure);
    const [first, second] = before;
    // Mid-screen, away from the edges where dnd-kit scrolls the page while dragging.
    await factorBox(a, structure).evaluate((box) => box.scrollIntoView({ block: 'center' }));
    const from = await gripOf(a, second!).boundingBox();
    const onto = await cardIn(a, first!).boundingBox();
    await a.mouse.move(from!.x + 30, from!.y + 15);
    await a.mouse.down();
    await a.mouse.move(from!.x + 30, from!.y + 5, { steps: 3 });
    // The upper half of the first note: the bar shows before it.
    await a.mouse.move(onto!.x + 40, onto!.y + 10, { steps: 12 });
    await expect.poll(() => cardIn(a, first!).getAttribute('data-drop-before')).toBe('true');
    await a.mouse.up();
    const expected = [second, first, ...before.slice(2)];
    await expect.poll(() => refsInFactor(a, structure)).toEqual(expected);
    await expect.poll(() => refsInFactor(b, structure)).toEqual(expected);
  });

  it('a factor’s title and narrative are co-edited live', async () => {
    const factor = seed.factorIds[2]!;
    const title = factorBox(a, factor).getByLabel('Namn på faktorn');
    await title.click();
    await title.press('Control+End');
    await title.pressSequentially(' – med civilsamhället');
    await expect
      .poll(() => factorBox(b, factor).getByLabel('Namn på faktorn').inputValue())
      .toBe('Fokus på samverkan internt och externt – med civilsamhället');
    await factorBox(b, factor).getByLabel('Text till rapporten').fill('Samverkan brett med civilsamhället.');
    await expect
      .poll(() => factorBox(a, factor).getByLabel('Text till rapporten').inputValue())
      .toBe('Samverkan brett med civilsamhället.');
  });

  it('never announced an English default or an id, and no page logged an error', () => {
    expect(heard.length).toBeGreaterThan(10);
    for (const text of heard) {
      expect(text).not.toMatch(ENGLISH_DEFAULTS);
      for (const ref of seed.refs) expect(text).not.toContain(ref);
      for (const id of seed.factorIds) expect(text).not.toContain(id);
    }
    expect(errors).toEqual([]);
  });
});

/**
 * Grouping suggestions on the board, in Chromium against `npm start`: an unplaced note offers its
 * likely factors with the words it shares with each; one tap moves it (an ordinary move, undone by
 * "Ångra"); "Föreslå grupper" previews first groups — one accepted under a new title becomes a factor
 * holding its notes, one discarded leaves the board untouched; "Liknande lappar" lists the closest
 * notes from every table. The engine runs in a worker from the app's own origin: no request leaves it.
 * axe finds no WCAG A/AA violation on the board with suggestions, nor in either dialog. With a local
 * sentence model configured (a tiny generated one), the board fetches vectors from its own server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readBoard } from '../../shared/docs/board-doc.js';
import { writeEmbedderFixture } from '../helpers/embedder-fixture.js';
import { axeViolations } from './axe.js';
import { appAndBrowserForSuite, screenshot, watchForeignRequests } from './browser.js';
import {
  cardIn,
  factorBox,
  openBoard,
  poolBox,
  refsInFactor,
  seedBoard,
  startBoardApp,
  type SeededBoard,
} from './board-fixture.js';

const FACTORS = [
  {
    title: 'Samverkan mellan förvaltningar',
    notes: [
      'Socialtjänsten och skolan träffas varje vecka för att samordna insatserna.',
      'Ett gemensamt samverkansforum med arbetsförmedlingen och vuxenutbildningen.',
      'Korta beslutsvägar mellan förvaltningarna gjorde samverkan enkel.',
    ],
  },
  {
    title: 'Språk och tolkar',
    notes: [
      'Tolkar bokades i förväg så att samtalen kunde hållas på modersmålet.',
      'Språkcaféet på biblioteket gav nyanlända en chans att öva svenska.',
      'Språkstödjare hjälpte familjerna att förstå skolans information.',
    ],
  },
  {
    title: 'Bostäder',
    notes: [
      'Kommunen hyrde lägenheter av det allmännyttiga bostadsbolaget.',
      'Bostadssamordnaren hittade boende i hela kommunen, även på landsbygden.',
      'Tillfälliga bostäder gav tid att hitta ett permanent boende.',
    ],
  },
];
const ABOUT_INTERPRETERS = 'Tolkar behövs i alla samtal med familjerna, och språkcaféet hjälper också.';
const ON_WORK_PLACEMENTS = [
  'Praktikplatser hos lokala arbetsgivare ledde till jobb.',
  'Arbetsgivare erbjöd praktikplatser och handledare på arbetsplatsen.',
  'Praktik hos arbetsgivare i kommunen blev första steget till jobb.',
];
const ON_CHILDREN = [
  'Barnen fick börja i förskolan direkt och föräldrarna fick stöd.',
  'Förskolan och fritidsgårdarna tog emot barnen tidigt.',
  'Fritidsgårdarna och föreningarna bjöd in barnen till aktiviteter.',
];

describe('board: grouping suggestions', () => {
  const env = appAndBrowserForSuite(startBoardApp);
  let seed: SeededBoard;
  let context: BrowserContext;
  let page: Page;
  let foreign: string[];
  const errors: string[] = [];
  const placed = FACTORS.flatMap((factor) => factor.notes);
  const pooled = [ABOUT_INTERPRETERS, ...ON_WORK_PLACEMENTS, ...ON_CHILDREN];
  const refOf = (text: string) => seed.refs[[...placed, ...pooled].indexOf(text)]!;
  const factorTitles = () => readBoard(seed.board.doc).factors.map((factor) => factor.title);

  beforeAll(async () => {
    seed = await seedBoard(env.app, {
      title: 'Dialogdag om mottagandet',
      tables: [
        { name: 'Bord 1', organisations: ['Alingsås'] },
        { name: 'Bord 2', organisations: ['Lerum'] },
        { name: 'Bord 3', organisations: ['Skövde'] },
      ],
      notes: [...placed, ...pooled].map((text, i) => ({ table: i % 3, text })),
      factors: FACTORS.map(({ title }) => ({ title })),
      placements: placed.map((_, i) => [i, Math.floor(i / 3)] as [number, number]),
    });
    context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    foreign = watchForeignRequests(context, env.app.url);
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await openBoard(page, seed);
  }, 120_000);

  afterAll(async () => {
    seed?.close();
  });

  it('an unplaced note offers its likely factors and why; one tap moves it, "Ångra" takes it back', async () => {
    const ref = refOf(ABOUT_INTERPRETERS);
    const offers = cardIn(page, ref).locator('.suggest-accept');
    await expect.poll(() => offers.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => offers.first().innerText()).toMatch(/^Till: Språk och tolkar/);
    // Why: words the note shares with the factor, as the note writes them.
    expect(await offers.first().locator('.suggest-why').innerText()).toMatch(/tolkar|språkcaféet|samtal/i);
    await screenshot(page, 'board-suggest-pool');
    expect(await axeViolations(page, '.board-page')).toEqual([]);

    await offers.first().click();
    const interpreters = seed.factorIds[1]!;
    await expect.poll(() => refsInFactor(page, interpreters)).toContain(ref);
    await expect.poll(() => readBoard(seed.board.doc).placements[ref]?.factorId ?? null).toBe(interpreters);
    // Placed notes offer no factors.
    expect(await cardIn(page, ref).locator('.suggest-accept').count()).toBe(0);

    await page.getByRole('button', { name: /Ångra/ }).click();
    await expect.poll(() => poolBox(page).locator(`[data-note-ref="${ref}"]`).count()).toBe(1);
    await expect.poll(() => readBoard(seed.board.doc).placements[ref]?.factorId ?? null).toBeNull();
  });

  it('"Föreslå grupper" previews groups: one accepted under a new title becomes a factor, one discarded changes nothing', async () => {
    const before = factorTitles();
    await page.getByRole('button', { name: 'Föreslå grupper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Föreslagna grupper' });
    await dialog.waitFor();
    const groups = dialog.locator('[data-suggest-group]');
    await expect.poll(() => groups.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'board-suggest-groups');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    // Nothing was applied by opening the preview.
    expect(factorTitles()).toEqual(before);

    const work = groups.filter({ hasText: 'Praktikplatser hos lokala arbetsgivare' });
    await expect(work.count()).resolves.toBe(1);
    const workRefs = ON_WORK_PLACEMENTS.map(refOf);
    const workGroupId = await work.getAttribute('data-suggest-group');
    await work.getByRole('textbox').fill('Praktik och arbetsgivare');
    await work.getByRole('button', { name: 'Skapa faktor' }).click();
    await expect.poll(factorTitles).toEqual([...before, 'Praktik och arbetsgivare']);
    const created = readBoard(seed.board.doc).factors.at(-1)!.id;
    const inCreated = Object.values(readBoard(seed.board.doc).placements)
      .filter((placement) => placement.factorId === created)
      .map((placement) => placement.noteRef);
    expect(inCreated.length).toBeGreaterThanOrEqual(2);
    for (const ref of inCreated) expect(workRefs).toContain(ref);
    await expect.poll(() => dialog.locator(`[data-suggest-group="${workGroupId}"]`).count()).toBe(0);

    const other = groups.first();
    const otherId = await other.getAttribute('data-suggest-group');
    const placementsBefore = JSON.stringify(readBoard(seed.board.doc).placements);
    await other.getByRole('button', { name: 'Släng förslaget' }).click();
    await expect.poll(() => dialog.locator(`[data-suggest-group="${otherId}"]`).count()).toBe(0);
    expect(JSON.stringify(readBoard(seed.board.doc).placements)).toBe(placementsBefore);
    expect(factorTitles()).toEqual([...before, 'Praktik och arbetsgivare']);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => factorBox(page, created).count()).toBe(1);
  });

  it('"Liknande lappar" lists the closest notes from every table, with their table', async () => {
    const ref = refOf(ON_CHILDREN[0]!);
    await cardIn(page, ref).getByRole('button', { name: 'Liknande lappar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Liknande lappar' });
    await dialog.waitFor();
    const items = dialog.locator('.suggest-similar-item');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const first = await items.first().innerText();
    expect(first).toMatch(/Förskolan och fritidsgårdarna|Fritidsgårdarna och föreningarna/);
    expect(first).toMatch(/Bord \d/);
    await screenshot(page, 'board-suggest-similar');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('sent nothing anywhere but its own server, and threw nothing', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("board: grouping suggestions with the server's local sentence model", () => {
  // A tiny ONNX model and tokenizer generated for the tests (tests/helpers/embedder-fixture.ts).
  const modelDir = writeEmbedderFixture();
  const env = appAndBrowserForSuite(() => startBoardApp({ EMBEDDER_MODEL_DIR: modelDir }));
  let seed: SeededBoard;

  beforeAll(async () => {
    seed = await seedBoard(env.app, {
      title: 'Dialogdag om skolan',
      tables: [
        { name: 'Bord 1', organisations: ['Lerum'] },
        { name: 'Bord 2', organisations: ['Alingsås'] },
      ],
      notes: [
        { table: 0, text: 'En trygg skola för alla barn' },
        { table: 1, text: 'Lärare och elever i samverkan' },
        { table: 0, text: 'Tydlig budget och uppföljning av kostnader' },
        { table: 1, text: 'Trygg skola där elever och lärare trivs' },
      ],
      factors: [{ title: 'Skola för alla' }, { title: 'Ekonomi och mål' }],
      placements: [
        [0, 0],
        [1, 0],
        [2, 1],
      ],
    });
  });
  afterAll(() => {
    seed?.close();
    fs.rmSync(path.dirname(modelDir), { recursive: true, force: true });
  });

  it('the board has the note texts embedded on its own server, and the suggestions still name the right factor', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const foreign = watchForeignRequests(context, env.app.url);
    const page = await context.newPage();
    const embedded = page.waitForResponse(
      (response) => response.url().endsWith('/suggest/embeddings') && response.request().method() === 'POST',
    );
    await openBoard(page, seed);
    const answer = await embedded;
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { model: string; vectors: unknown[] };
    expect(body.model).toBe('tiny-embedder');
    expect(body.vectors.length).toBeGreaterThan(0);

    const offers = cardIn(page, seed.refs[3]!).locator('.suggest-accept');
    await expect.poll(() => offers.first().innerText(), { timeout: 15_000 }).toMatch(/^Till: Skola för alla/);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

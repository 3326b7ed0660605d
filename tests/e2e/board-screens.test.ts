/**
 * The board as a facilitator sees it mid-day — a hundred notes from eight tables, six success factors
 * from the seed report, a co-facilitator moving a note — and the projector's view of it: screenshots
 * to look at (SCREENSHOT_DIR), an accessibility scan with axe-core, and the layout at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SessionResponse } from '../../shared/api.js';
import { api } from '../helpers/api.js';
import { axeViolations } from './axe.js';
import { appAndBrowserForSuite, screenshot } from './browser.js';
import {
  NOTE_BANK,
  SEED_FACTORS,
  SEED_TABLES,
  cardIn,
  dndLiveText,
  gripOf,
  openBoard,
  seedBoard,
  startBoardApp,
  type SeededBoard,
} from './board-fixture.js';

const NARRATIVES = [
  'För att mottagandet ska få utrymme och resurser behöver frågan prioriteras och ses som en del av kommunens ordinarie verksamhet. Det kräver politisk vilja och stöd från kommunledningen.',
  'En tydlig struktur definierar roller och ansvar, ger flexibilitet och gör organisationen mindre sårbar vid personalomsättning.',
  'Reda ut var hemvisten är för olika frågor: vem kan påverka och vems är ansvaret?',
  'Samverkan internt över verksamhetsområden och externt med civilsamhället, näringslivet, staten och andra kommuner.',
  '',
  'Omvärldsbevakning, kommunikation och bevarande av kompetens.',
];

const indexOf = (start: string) => NOTE_BANK.findIndex(([, , text]) => text.startsWith(start));
const WALLS = indexOf('Det handlar om att beskriva verksamheten');
const CHILDREN = indexOf('Glöm inte barnen');
const EQUAL = indexOf('Det ska vara lika för alla');

describe('board: a hundred notes, six factors, and the projector', () => {
  const env = appAndBrowserForSuite(startBoardApp);
  let seed: SeededBoard;
  const errors: string[] = [];

  beforeAll(async () => {
    // Most notes of the first six factors are placed (every fourth is left in the pool); the seventh
    // factor's notes and the unthemed ones wait in the pool.
    const placements = NOTE_BANK.flatMap(([factor], i): [number, number][] =>
      factor < 6 && i % 4 !== 3 ? [[i, factor]] : [],
    );
    seed = await seedBoard(env.app, {
      title: 'Framgångsfaktorer – nyanländas etablering',
      tables: SEED_TABLES,
      notes: NOTE_BANK.map(([, kind, text], i) => ({
        table: i % SEED_TABLES.length,
        text,
        kind,
        lifted: kind === 'quote' || i % 5 === 0,
        phase: kind === 'idea' ? 2 : i % 7 === 0 ? 1 : 0,
      })),
      factors: SEED_FACTORS.slice(0, 6).map((title, i) => ({ title, narrative: NARRATIVES[i] })),
      placements,
      excerpts: [
        [1, 'en del av kommunens ordinarie verksamhet'],
        [WALLS, 'bevara det som sitter i väggarna'],
      ],
    });
  });

  afterAll(async () => {
    seed?.close();
  });

  const track = (page: Page, label: string) => {
    page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(`${label}: ${msg.text()}`));
  };

  it('shows the board with every note, the evidence per factor and a co-facilitator’s drag', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const colleague = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const other = await colleague.newPage();
    track(page, 'facilitator');
    track(other, 'co-facilitator');
    await Promise.all([openBoard(page, seed), openBoard(other, seed)]);
    await page.getByLabel('Ditt namn').fill('Anna');
    await other.getByLabel('Ditt namn').fill('Karin');

    // 100 notes: the placed ones in six factors, the rest in the pool (its first page rendered).
    const placed = await page.locator('.board-factor [data-note-ref]').count();
    const pooled = parseInt((await page.locator('.board-pool-heading').innerText()).split('(')[1]!, 10);
    expect(placed + pooled).toBe(100);
    expect(await page.locator('.board-pool [data-note-ref]').count()).toBe(Math.min(pooled, 40));
    expect(await page.locator('.board-factor').count()).toBe(6);
    await expect
      .poll(() => page.locator('.board-factor').first().locator('.board-evidence').innerText())
      .toMatch(/^\d+ anteckningar · \d+ bord · \d+ organisationer$/);
    expect(await cardIn(page, seed.refs[WALLS]!).locator('.board-card-text').innerText()).toBe(
      'bevara det som sitter i väggarna',
    );

    // Karin picks up a pool note; Anna's board shows it.
    const moving = seed.refs[CHILDREN]!;
    await gripOf(other, moving).focus();
    await other.keyboard.press('Space');
    await expect.poll(() => dndLiveText(other)).toMatch(/^Du har lyft anteckningen ”Glöm inte barnen/);
    await other.waitForTimeout(50);
    await cardIn(page, moving).getByText('Karin flyttar den här').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'board-100-notes');
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/board-100-notes-viewport.png` });
    await other.keyboard.press('Escape');

    expect(await axeViolations(page, '.board-page')).toEqual([]);
    await context.close();
    await colleague.close();
  });

  it('a card’s "Move to…" menu and excerpt editor look right', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    track(page, 'menus');
    await openBoard(page, seed);
    const ref = seed.refs[EQUAL]!;
    await cardIn(page, ref).getByRole('button', { name: 'Flytta till…' }).click();
    await cardIn(page, ref).getByText('Flytta ”Det ska vara lika för alla människor').waitFor();
    await cardIn(page, ref).scrollIntoViewIfNeeded();
    await screenshot(page, 'board-move-menu');
    expect(await axeViolations(page, '.board-page')).toEqual([]);
    await page.keyboard.press('Escape');
    await cardIn(page, ref).getByRole('button', { name: '✂ Utdrag' }).click();
    await cardIn(page, ref).getByLabel('Det som ska citeras').waitFor();
    await screenshot(page, 'board-excerpt-editor');
    await context.close();
  });

  it('works at phone width: one column, nothing wider than the screen', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 360, height: 780 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    track(page, 'phone');
    await openBoard(page, seed);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/board-phone.png` });
    await context.close();
  });

  it('the projector view shows the factors with their quotes in large type', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    track(page, 'projector');
    await page.goto(seed.boardUrl.replace('/board#', '/board?vy=projektor#'));
    await page.locator('.projector-factor').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.projector-factor').count()).toBe(6);
    const first = page.locator('.projector-factor').first();
    expect(await first.locator('.projector-factor-title').innerText()).toMatch(
      /^1\s+En organisatorisk och politisk vilja$/,
    );
    expect(await first.locator('.projector-quote').count()).toBe(3);
    expect(await first.locator('blockquote').first().innerText()).toMatch(/^”.+”$/);
    const size = await first
      .locator('blockquote')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'projector-board');
    expect(await axeViolations(page, '.projector-board')).toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('the projector’s own token may open everything ProjectorBoard reads, and write none of it', async () => {
    const projectorToken = seed.event.projectorUrl.split('#')[1]!;
    const session = await api<SessionResponse>(env.app.url, 'GET', '/api/session', undefined, projectorToken);
    expect(session.status).toBe(200);
    const kinds = session.body.docs.map((grant) => `${grant.kind}:${grant.access}`).sort();
    expect(kinds).toEqual(['board:read', 'event:read', ...SEED_TABLES.map(() => 'table:read')]);
  });
});

/**
 * The projector's factor board fits one screen — a projector cannot scroll. Against the real server:
 * seven success factors with five quotes each at 1920×1080 and at 1280×720, one factor with one quote
 * (large type), the empty board, and a facilitator client building the board while the projector
 * watches. Screenshots (SCREENSHOT_DIR) to look at: nothing overlapping, nothing cut mid-line.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactor, deleteFactor, moveNote } from '../../shared/docs/board-doc.js';
import { appAndBrowserForSuite, type AppProcess, screenshot } from './browser.js';
import { SEED_FACTORS, SEED_TABLES, seedBoard, startBoardApp, type SeededBoard } from './board-fixture.js';

/** Five quotes per seed factor, as tables wrote them (the seed report's group quotes and themes). */
const QUOTES: string[][] = [
  [
    'Integration är en del av den kommunala verksamheten, mottagande av nyanlända är en del av kommunens ordinarie verksamhet i en globaliserad värld.',
    'Vi behöver ett nytt samhällskontrakt – vi lever i en globaliserad värld.',
    'När kommunstyrelsen satte tydliga mål för mottagandet drog alla förvaltningar åt samma håll.',
    'Utan politisk vilja får frågan varken utrymme eller resurser i budgeten.',
    'Ledningen måste se nyanlända som en resurs och inte som en kostnad.',
  ],
  [
    'Ett skelett som bygger organisationen ger tydlighet i strukturer och föder flexibilitet.',
    'Verksamheter som ska kunna växa och krympa har enklare för det om det finns en tydlig bas, en ryggrad.',
    'Man behöver se vem som kan göra vad.',
    'En samordnande funktion på strategisk nivå höll ihop arbetet när trycket var som störst hösten 2015.',
    'Tydliga roller och ansvar gjorde oss mindre sårbara när nyckelpersoner slutade.',
  ],
  [
    'Rätt insats av rätt aktör i rätt tid.',
    'Konkret vägledning i början skapar trygghet och gör att individen får ett sammanhang.',
    'Vem kan påverka och vems är ansvaret? Det måste vi reda ut innan vi startar något nytt.',
    'Ge uppdraget om bostäder till den förvaltning som har ansvar för bostäder, inte till socialförvaltningen.',
    'Tidig kartläggning och vägledning är framgångsfaktorer.',
  ],
  [
    'Prioritera både formella och informella nätverk.',
    'Det gäller att behålla nyfikenheten när man samverkar, även efter flera år.',
    'Civilsamhället kan runda hörn på ett annat sätt än en kommun.',
    'Det behövs en kraftsamling från alla parter, det går inte att bara förlita sig på Arbetsförmedlingen.',
    'Staten är inte alltid att lita på.',
  ],
  [
    'Arbeta långsiktigt och ha tålamod – etablering tar längre tid än ett projekt.',
    'Det som fungerar ska in i ordinarie verksamhet och inte försvinna när projektpengarna tar slut.',
    'Vi måste kunna kombinera sfi med praktik eller arbete.',
    'Det behövs alternativa lösningar för personer med kort utbildning.',
    'Gemensamma rutiner gjorde att vi kunde ta emot fler utan att tappa kvaliteten.',
  ],
  [
    'Det handlar om att beskriva verksamheten, hur kommunen har förändrats och bevara det som sitter i väggarna.',
    'Omvärldsbevakning behöver vara någons uppgift, annars blir den ingens.',
    'Vi följer upp med statistik varje kvartal och ser direkt var det brister.',
    'Kompetensen försvinner när personalen slutar om vi inte dokumenterar hur vi arbetar.',
    'Forskningen om etablering finns redan – vi behöver bli bättre på att använda den.',
  ],
  [
    'Vi måste lära oss att leva ihop.',
    'Alla som bor i en kommun ska känna sig delaktiga i samhället.',
    'Möt människan där personen är.',
    'Fokusera på mötet med nyanlända och vad som fungerar, arbeta förebyggande och undvik missförstånd.',
    'För mycket sekreterarjobb och för lite socialt arbete. Kontorsarbete och dokumentation, istället för att möta människor.',
  ],
];

const NARRATIVES: Record<number, string> = {
  0: 'För att mottagandet ska få utrymme och resurser behöver frågan prioriteras och ses som en del av kommunens ordinarie verksamhet.',
  1: 'En tydlig struktur definierar roller och ansvar och gör organisationen mindre sårbar vid personalomsättning.',
  3: 'Samverkan internt över verksamhetsområden och externt med civilsamhället, näringslivet, staten och andra kommuner.',
};

/** Note index of quote `q` of factor `f`; notes are written factor by factor, spread over the tables. */
const noteOf = (f: number, q: number) => f * 5 + q;
const NOTES = QUOTES.flatMap((quotes, f) =>
  quotes.map((text, q) => ({
    table: noteOf(f, q) % SEED_TABLES.length,
    text,
    kind: 'quote' as const,
    lifted: true,
  })),
);
const FULL_EVIDENCE = QUOTES.map(() => '5 anteckningar från 5 bord');
const ALL_PLACED = QUOTES.flatMap((quotes, f) => quotes.map((_, q): [number, number] => [noteOf(f, q), f]));

interface FactorReport {
  title: string;
  titleFontPx: number;
  /** The title's box lies inside the viewport, and no line of it is clamped away. */
  titleWhole: boolean;
  quotes: string[];
  quoteFontPx: number[];
  more: string | null;
  /** Shown elements reaching past the cell's content box (cut off), as "class: px". */
  cut: string[];
  /** Shown elements whose text is clamped (an ellipsis) — titles and these quotes must not be. */
  clamped: string[];
}

interface FitReport {
  scrollHeight: number;
  innerHeight: number;
  scrollWidth: number;
  innerWidth: number;
  overlaps: number;
  factors: FactorReport[];
}

/** What the projector shows, measured in the page. */
function fitReport(page: Page): Promise<FitReport> {
  return page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const cells = [...document.querySelectorAll<HTMLElement>('.projector-factor')];
    const rects = cells.map((cell) => cell.getBoundingClientRect());
    let overlaps = 0;
    rects.forEach((a, i) =>
      rects.slice(i + 1).forEach((b) => {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
      }),
    );
    const factors = cells.map((cell, i) => {
      const rect = rects[i]!;
      const style = getComputedStyle(cell);
      const bottom = rect.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
      const right = rect.right - parseFloat(style.borderRightWidth);
      const parts = [
        ...cell.querySelectorAll<HTMLElement>(
          '.projector-factor-title, .projector-factor-evidence, .projector-factor-narrative, .projector-quote, .projector-quotes-more',
        ),
      ].filter(shown);
      const cut = parts.flatMap((el) => {
        const r = el.getBoundingClientRect();
        const over = Math.max(r.bottom - bottom, r.right - right);
        return over > 0.5 ? [`${el.className}: ${over.toFixed(1)}`] : [];
      });
      const clamped = parts
        .filter((el) => el.scrollHeight > el.clientHeight + 1)
        .map((el) => `${el.className}: ${el.innerText.slice(0, 40)}`);
      const title = cell.querySelector<HTMLElement>('.projector-factor-title')!;
      const t = title.getBoundingClientRect();
      const quotes = [...cell.querySelectorAll<HTMLElement>('.projector-quote blockquote')].filter(shown);
      const more = cell.querySelector<HTMLElement>('.projector-quotes-more');
      return {
        title: title.innerText.replace(/^\d+\s+/, ''),
        titleFontPx: parseFloat(getComputedStyle(title).fontSize),
        titleWhole:
          t.height > 0 &&
          t.top >= 0 &&
          t.bottom <= innerHeight &&
          t.right <= innerWidth &&
          title.scrollHeight <= title.clientHeight + 1,
        quotes: quotes.map((q) => q.innerText),
        quoteFontPx: quotes.map((q) => parseFloat(getComputedStyle(q).fontSize)),
        more: more && shown(more) ? more.innerText : null,
        cut,
        clamped,
      };
    });
    return {
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      overlaps,
      factors,
    };
  });
}

/** Two animation frames: the fit measures in the next one after a change. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Opens the projector link (its token in the fragment) and its "Faktortavlan" tab; waits until every
 * factor's evidence line reads as expected (its notes have arrived) and the fit has measured.
 */
async function openProjectorBoard(
  page: Page,
  app: AppProcess,
  seed: SeededBoard,
  evidence: string[],
): Promise<void> {
  await page.goto(new URL(seed.event.projectorUrl, app.url).href);
  await page.getByRole('tab', { name: 'Faktortavlan' }).click();
  await settled(page, evidence);
}

/**
 * The content has arrived — the evidence lines read `evidence`, every quote's source names its
 * organisations (the event document is in) — and the fit has measured it.
 */
async function settled(page: Page, evidence: string[]): Promise<void> {
  await expect
    .poll(() => page.locator('.projector-factor-evidence').allInnerTexts(), { timeout: 15_000 })
    .toEqual(evidence);
  await page.waitForFunction(
    () =>
      !!document.querySelector('.projector-board[style*="--fit-size"]') &&
      [...document.querySelectorAll('.projector-quote-source')].every((el) => el.textContent?.includes('·')),
    undefined,
    { timeout: 15_000 },
  );
  await frames(page);
}

/** The checks every fitted board passes: no page scroll, no overlap, nothing cut, whole titles. */
function expectFits(report: FitReport): void {
  expect(report.scrollHeight).toBeLessThanOrEqual(report.innerHeight);
  expect(report.scrollWidth).toBeLessThanOrEqual(report.innerWidth);
  expect(report.overlaps).toBe(0);
  for (const factor of report.factors) {
    expect(factor.titleWhole, factor.title).toBe(true);
    expect(factor.cut, factor.title).toEqual([]);
    expect(factor.clamped, factor.title).toEqual([]);
    for (const size of factor.quoteFontPx) expect(factor.titleFontPx).toBeGreaterThan(size);
  }
}

describe('projector: the factor board fits one screen', () => {
  const env = appAndBrowserForSuite(startBoardApp);
  let full: SeededBoard;
  const errors: string[] = [];

  beforeAll(async () => {
    full = await seedBoard(env.app, {
      title: 'Framgångsfaktorer – nyanländas etablering',
      tables: SEED_TABLES,
      notes: NOTES,
      factors: SEED_FACTORS.map((title, i) => ({ title, narrative: NARRATIVES[i] })),
      placements: ALL_PLACED,
    });
  });

  afterAll(async () => {
    full?.close();
  });

  async function projectorPage(width: number, height: number, label: string): Promise<Page> {
    const context = await env.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(`${label}: ${msg.text()}`));
    return page;
  }

  it('at 1920×1080, seven factors with five quotes each fit without scrolling, quotes at 24 px or more', async () => {
    const page = await projectorPage(1920, 1080, '1080p');
    await openProjectorBoard(page, env.app, full, FULL_EVIDENCE);
    const report = await fitReport(page);
    expectFits(report);
    expect(report.factors.map((f) => f.title)).toEqual(SEED_FACTORS);
    report.factors.forEach((factor, f) => {
      // Each factor shows its first quotes in the facilitator's order, and counts the rest.
      expect(factor.quotes.length, factor.title).toBeGreaterThanOrEqual(1);
      expect(factor.quotes).toEqual(QUOTES[f]!.slice(0, factor.quotes.length).map((q) => `”${q}”`));
      expect(factor.more).toBe(`och ${5 - factor.quotes.length} anteckningar till`);
      for (const size of factor.quoteFontPx) expect(size).toBeGreaterThanOrEqual(24);
    });
    expect(await page.locator('.projector-factor-evidence').first().innerText()).toBe(
      '5 anteckningar från 5 bord',
    );
    await screenshot(page, 'projector-fit-1080p-7x5');
    await page.context().close();
  });

  it('at 1280×720 the same board fits without scrolling, titles whole, and fits again when the window grows', async () => {
    const page = await projectorPage(1280, 720, '720p');
    await openProjectorBoard(page, env.app, full, FULL_EVIDENCE);
    const report = await fitReport(page);
    expectFits(report);
    expect(report.factors).toHaveLength(7);
    for (const factor of report.factors) expect(factor.quotes.length, factor.title).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'projector-fit-720p-7x5');

    // The window grows (another projector, a resolution change): the board fits again, larger.
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect
      .poll(async () => (await fitReport(page)).scrollHeight, { timeout: 5_000 })
      .toBeLessThanOrEqual(900);
    await frames(page);
    const grown = await fitReport(page);
    expectFits(grown);
    expect(grown.innerWidth).toBe(1600);
    expect(Math.min(...grown.factors.flatMap((f) => f.quoteFontPx))).toBeGreaterThan(
      Math.max(...report.factors.flatMap((f) => f.quoteFontPx)),
    );
    await page.context().close();
  });

  it('an empty board says what will appear, in large type, without scrolling', async () => {
    const empty = await seedBoard(env.app, {
      title: 'Tom dag',
      tables: SEED_TABLES.slice(0, 1),
      notes: [],
      factors: [],
    });
    try {
      const page = await projectorPage(1920, 1080, 'empty');
      await openProjectorBoard(page, env.app, empty, []);
      const text = page.getByText('Här växer framgångsfaktorerna fram under dagen.');
      expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(
        48,
      );
      const report = await fitReport(page);
      expect(report.scrollHeight).toBeLessThanOrEqual(report.innerHeight);
      expect(report.scrollWidth).toBeLessThanOrEqual(report.innerWidth);
      await screenshot(page, 'projector-fit-empty');
      await page.context().close();
    } finally {
      empty.close();
    }
  });

  it('one factor with one quote is shown large; factors a facilitator adds appear live and the board still fits', async () => {
    const live = await seedBoard(env.app, {
      title: 'Framgångsfaktorer – nyanländas etablering',
      tables: SEED_TABLES,
      notes: NOTES,
      factors: [{ title: SEED_FACTORS[0]! }],
      placements: [[noteOf(0, 0), 0]],
    });
    try {
      const page = await projectorPage(1920, 1080, 'live');
      await openProjectorBoard(page, env.app, live, ['1 anteckning från 1 bord']);
      let report = await fitReport(page);
      expectFits(report);
      expect(report.factors).toHaveLength(1);
      expect(report.factors[0]!.quotes).toEqual([`”${QUOTES[0]![0]}”`]);
      expect(report.factors[0]!.more).toBeNull();
      expect(report.factors[0]!.quoteFontPx[0]).toBeGreaterThanOrEqual(48);
      await screenshot(page, 'projector-fit-1x1');

      // The facilitator (a Node client with the facilitator's token) builds the other six factors.
      const doc = live.board.doc;
      for (let q = 1; q < 5; q++) moveNote(doc, live.refs[noteOf(0, q)]!, live.factorIds[0]!, null);
      for (let f = 1; f < 7; f++) {
        const id = createFactor(doc, SEED_FACTORS[f]!);
        for (let q = 0; q < 5; q++) moveNote(doc, live.refs[noteOf(f, q)]!, id, null);
      }
      await settled(page, FULL_EVIDENCE);
      report = await fitReport(page);
      expectFits(report);
      expect(report.factors.map((f) => f.title)).toEqual(SEED_FACTORS);
      for (const factor of report.factors)
        for (const size of factor.quoteFontPx) expect(size).toBeGreaterThanOrEqual(24);
      await screenshot(page, 'projector-fit-live-7');

      // An eighth factor, still without notes; then a quote taken back out of the first factor.
      const eighth = createFactor(doc, 'Ett tydligt mottagande från första dagen');
      moveNote(doc, live.refs[noteOf(0, 4)]!, null, null);
      await settled(page, [
        '4 anteckningar från 4 bord',
        ...FULL_EVIDENCE.slice(1),
        'Inga anteckningar ännu',
      ]);
      report = await fitReport(page);
      expectFits(report);
      expect(report.factors).toHaveLength(8);
      expect(report.factors[7]!.title).toBe('Ett tydligt mottagande från första dagen');
      expect(report.factors[7]!.quotes).toEqual([]);
      expect(report.factors[0]!.more).toBe(`och ${4 - report.factors[0]!.quotes.length} anteckningar till`);
      await screenshot(page, 'projector-fit-live-8');

      deleteFactor(doc, eighth);
      await settled(page, ['4 anteckningar från 4 bord', ...FULL_EVIDENCE.slice(1)]);
      expectFits(await fitReport(page));
      await page.context().close();
    } finally {
      live.close();
    }
    expect(errors).toEqual([]);
  });
});

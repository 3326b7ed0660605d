/**
 * Browser benchmark of the clustering board: a board holding 2,000 notes from 20 tables (1,500 placed
 * in seven factors) in headless Chromium, on the real production build served by `npm start`.
 *   - time until interactive: navigation → every placed note counted in its factor's evidence;
 *   - drop → committed and re-rendered, p50/p95 over N keyboard moves, read from the `board:drop`
 *     Performance API measures the board leaves for exactly this (from just before the write to the
 *     next frame). Goal: p95 ≤ 50 ms.
 * The set-up is the board's own browser-test fixture (tests/e2e/board-fixture.ts), so the benchmark
 * and the tests seed and drive the board the same way.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { moveNote } from '../shared/docs/board-doc.js';
import {
  NOTE_BANK,
  SEED_FACTORS,
  dndLiveText,
  gripOf,
  openBoard,
  seedBoard,
  startBoardApp,
  type SeededBoard,
} from '../tests/e2e/board-fixture.js';
import { CHROMIUM_PATH, launchChromium, type AppProcess } from '../tests/e2e/browser.js';
import { percentileOf, round } from './lib/stats.js';

export interface BrowserBoardConfig {
  tables: number;
  notes: number;
  placed: number;
  drops: number;
}

export interface BrowserBoardResult {
  available: boolean;
  reason?: string;
  notes?: number;
  interactiveMs?: number;
  dropP50Ms?: number;
  dropP95Ms?: number;
  drops?: number;
  /** Every drop's duration in order, to see whether drops slow down as factors fill. */
  dropsMs?: number[];
  /** Cards mounted after every drop: what a drop re-renders grows with it. */
  mountedCards?: number[];
}

const STEP_TIMEOUT_MS = 15_000;
const OPEN_TIMEOUT_MS = 60_000;

/** Polls `read` until `ok` holds; bounded. */
async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  timeoutMs = STEP_TIMEOUT_MS,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(value)})`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One keyboard move of a card to the neighbouring factor, as board-scale.test.ts does it. */
async function keyboardMove(page: Page, ref: string, left: boolean): Promise<void> {
  await gripOf(page, ref).focus();
  await page.keyboard.press('Space');
  await until(
    () => dndLiveText(page),
    (t) => /^Du har lyft/.test(t),
    'pick-up',
  );
  // dnd-kit's keyboard sensor starts listening for the next key a tick after the pick-up.
  await page.waitForTimeout(50);
  await page.keyboard.press(left ? 'ArrowLeft' : 'ArrowRight');
  await until(
    () => dndLiveText(page),
    (t) => /är över/.test(t),
    'drag over',
  );
  await page.keyboard.press('Space');
  await until(
    () => dndLiveText(page),
    (t) => /flyttades till faktorn/.test(t),
    'drop',
  );
}

export async function browserBoard(cfg: BrowserBoardConfig): Promise<BrowserBoardResult> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    return { available: false, reason: `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)` };
  }
  let app: AppProcess | undefined;
  let browser: Browser | undefined;
  let seed: SeededBoard | undefined;
  try {
    app = await startBoardApp();
    browser = await launchChromium();
    seed = await seedBoard(app, {
      title: 'Benchmarkdag',
      tables: Array.from({ length: cfg.tables }, (_, i) => ({
        name: `Bord ${i + 1}`,
        organisations: [`Kommun ${i + 1}`],
      })),
      notes: Array.from({ length: cfg.notes }, (_, i) => ({
        table: i % cfg.tables,
        text: `${NOTE_BANK[i % NOTE_BANK.length]![2]} (${i + 1})`,
        kind: NOTE_BANK[i % NOTE_BANK.length]![1],
      })),
      factors: SEED_FACTORS.map((title) => ({ title })),
    });
    const s = seed;
    // Placed as a facilitator would over a day (one transaction here, to keep the set-up short).
    s.board.doc.transact(() => {
      for (let i = 0; i < cfg.placed; i++)
        moveNote(s.board.doc, s.refs[i]!, s.factorIds[i % SEED_FACTORS.length]!, null);
    });

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const opened = Date.now();
    await openBoard(page, s);
    const counted = () =>
      page
        .locator('.board-evidence')
        .allInnerTexts()
        .then((texts) => texts.reduce((sum, text) => sum + parseInt(text, 10), 0));
    await until(counted, (n) => n === cfg.placed, 'every placed note on the board', OPEN_TIMEOUT_MS);
    const interactiveMs = Date.now() - opened;

    const factors = SEED_FACTORS.length;
    const mountedCards: number[] = [];
    for (let i = 0; i < cfg.drops; i++) {
      // A note of factor k moves one factor to the right (the last one to the left); refs are spread
      // over the factors so every move picks a card that is still where the seed put it.
      const k = i % factors;
      const ref = s.refs[(Math.floor(i / factors) * factors + k) % cfg.placed]!;
      await keyboardMove(page, ref, k === factors - 1);
      mountedCards.push(await page.locator('[data-note-ref]').count());
    }
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('board:drop', 'measure').map((entry) => entry.duration),
    );
    await context.close();
    if (durations.length === 0) return { available: false, reason: 'the board left no board:drop measures' };
    const sorted = Float64Array.from(durations).sort();
    return {
      available: true,
      notes: cfg.notes,
      interactiveMs,
      drops: durations.length,
      dropP50Ms: round(percentileOf(sorted, 0.5)) ?? undefined,
      dropP95Ms: round(percentileOf(sorted, 0.95)) ?? undefined,
      dropsMs: durations.map((d) => Math.round(d * 10) / 10),
      mountedCards,
    };
  } catch (error) {
    return {
      available: false,
      reason: `browser benchmark failed: ${(error as Error).message.split('\n')[0]}`,
    };
  } finally {
    seed?.close();
    await browser?.close();
    await app?.stop();
  }
}

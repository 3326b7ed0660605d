/**
 * Running the day, three browser contexts against `npm start`: the facilitator's console, a tablet
 * at the table, and the projector. Phase changes, the timer (with its end signal), the broadcast
 * and workbook edits reach the tablet and the projector live; the table's tile updates when the
 * tablet writes a note and says "disconnected" once the tablet's connection is gone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appAndBrowserForSuite, screenshot, watchForeignRequests } from './browser.js';
import {
  absolute,
  createEvent,
  createTable,
  startAppWithOwnBuild,
  trackedPage,
} from './facilitator-helpers.js';

const LIVE_MS = 10_000;

async function writeNote(t: Page, text: string): Promise<void> {
  const textField = t.getByLabel('Text', { exact: true });
  if (!(await textField.first().isVisible())) {
    await t
      .getByRole('button', { name: /Ny anteckning/ })
      .first()
      .click();
  }
  await textField.first().fill(text);
  await t.getByRole('button', { name: 'Lägg till', exact: true }).first().click();
}

describe('facilitator: run the day live', () => {
  const env = appAndBrowserForSuite(startAppWithOwnBuild);

  it('phase, timer, message and workbook edits reach tablet and projector; a tile follows its table', async () => {
    const event = await createEvent(env.app, { title: 'Dialogdag i Borås', organiser: 'Länsstyrelsen' });
    const table = await createTable(env.app, event, 'Bord 1', ['Borås stad', 'Alingsås kommun']);
    const errors: string[] = [];
    const fc = await env.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const tc = await env.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const pc = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const foreign = [fc, tc, pc].map((c) => watchForeignRequests(c, env.app.url));
    const f = await trackedPage(fc, errors, 'facilitator');
    const t = await trackedPage(tc, errors, 'tablet');
    const p = await trackedPage(pc, errors, 'projector');

    await f.goto(absolute(env.app, event.facilitatorUrl));
    await f.getByRole('heading', { name: 'Dialogdag i Borås', level: 1 }).waitFor();
    await p.goto(absolute(env.app, event.projectorUrl));
    await p.getByRole('heading', { name: 'Upptäcka', level: 1 }).waitFor();
    await t.goto(table.joinUrl);
    await t.waitForURL(/\/t\//);
    await t.locator('#phase-title', { hasText: 'Upptäcka' }).waitFor();

    // The tablet is there: its tile counts it (its awareness state, not the console's own).
    const tile = f.locator(`.tile[data-table-id="${table.tableId}"]`);
    await tile.locator('[data-testid="tablets"]', { hasText: '1' }).waitFor({ timeout: LIVE_MS });
    expect(await tile.getAttribute('data-state')).toBe('active');

    // Phase for all tables.
    await f.getByRole('button', { name: 'Nästa fas: Drömma' }).click();
    await t.locator('#phase-title', { hasText: 'Drömma' }).waitFor({ timeout: LIVE_MS });
    await p.getByRole('heading', { name: 'Drömma', level: 1 }).waitFor({ timeout: LIVE_MS });
    await p.getByText('Fas 2 av 4').waitFor();

    // Timer: start, pause, resume, extend.
    await f.getByLabel('Minuter', { exact: true }).fill('2');
    await f.getByRole('button', { name: 'Starta timern' }).click();
    const tabletTimer = t.getByRole('timer');
    const projectorTimer = p.getByRole('timer');
    await expect.poll(() => tabletTimer.innerText(), { timeout: LIVE_MS }).toMatch(/^Tid kvar: [12]:\d\d/);
    await expect.poll(() => projectorTimer.innerText(), { timeout: LIVE_MS }).toMatch(/^Tid kvar: [12]:\d\d/);
    await f.getByRole('button', { name: 'Pausa' }).click();
    await expect.poll(() => tabletTimer.innerText(), { timeout: LIVE_MS }).toContain('(pausad)');
    await expect.poll(() => projectorTimer.innerText(), { timeout: LIVE_MS }).toContain('(pausad)');
    await f.getByRole('button', { name: 'Fortsätt' }).click();
    await f.getByRole('button', { name: '+1 min' }).click();
    await expect
      .poll(() => projectorTimer.innerText(), { timeout: LIVE_MS })
      .toMatch(/^Tid kvar: 2:[345]\d$/);

    // A message to every table.
    const message = 'Fem minuter kvar – börja sammanfatta.';
    await f.getByLabel('Kort meddelande').fill(message);
    await f.getByRole('button', { name: 'Skicka till alla bord' }).click();
    await t.getByText(message).waitFor({ timeout: LIVE_MS });
    await p.getByText(message).waitFor({ timeout: LIVE_MS });

    // One table to its own phase; the projector keeps showing the event's.
    await f.getByLabel('Vilka bord').selectOption({ label: 'Bord 1' });
    await f.getByLabel('Fas', { exact: true }).selectOption({ label: 'Utforma' });
    await f.getByRole('button', { name: 'Byt fas för Bord 1' }).click();
    await t.locator('#phase-title', { hasText: 'Utforma' }).waitFor({ timeout: LIVE_MS });
    await tile.getByText('(egen fas)').waitFor();
    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe('Drömma');
    await f.getByLabel('Fas', { exact: true }).selectOption({ label: 'Samma som alla bord (Drömma)' });
    await f.getByRole('button', { name: 'Byt fas för Bord 1' }).click();
    await t.locator('#phase-title', { hasText: 'Drömma' }).waitFor({ timeout: LIVE_MS });

    // Workbook edits are live: a question's new text, then the phase moved up by keyboard.
    const dream = f.locator('.phase-editor', { has: f.getByRole('heading', { name: /Drömma/, level: 3 }) });
    const newQuestion = 'Hur ser etableringen ut år 2030 när allt fungerar?';
    await dream.getByText('Visa och ändra').click();
    await dream.getByLabel('Fråga 1').fill(newQuestion);
    await dream.getByLabel('Fråga 1').press('Tab');
    await t.getByText(newQuestion).first().waitFor({ timeout: LIVE_MS });
    await p.getByText(newQuestion).waitFor({ timeout: LIVE_MS });
    await dream.getByRole('button', { name: 'Flytta upp – Drömma' }).focus();
    await f.keyboard.press('Enter');
    await p.getByText('Fas 1 av 4').waitFor({ timeout: LIVE_MS });
    // Focus stays with the moved phase (now first, so on its "Flytta ner").
    expect(await f.evaluate(() => document.activeElement?.textContent)).toBe('Flytta ner – Drömma');

    // Notes reach the tile: count, per phase, the newest note; the tile's dialog shows them live.
    const first = 'Vi samarbetade över kommungränsen och det gav resultat.';
    await writeNote(t, first);
    await tile.locator('[data-testid="notes-count"]', { hasText: /^1\b/ }).waitFor({ timeout: LIVE_MS });
    await tile.getByText(first).waitFor();
    await tile.getByText('(Drömma 1)').waitFor();
    expect(await tile.getAttribute('data-state')).toBe('active');
    expect(await tile.locator('.tile-status').innerText()).toBe('Aktivt – 1 surfplatta ansluten');
    await screenshot(t, 'facilitator-live-tablet');
    await screenshot(p, 'facilitator-live-projector');
    await screenshot(f, 'facilitator-live-console');

    await tile.getByRole('button', { name: 'Läs anteckningarna – Bord 1' }).click();
    const dialog = f.getByRole('dialog', { name: 'Anteckningar – Bord 1' });
    await dialog.getByText(first).waitFor();
    const second = 'Ett gemensamt mottagande gjorde skillnad för familjerna.';
    await writeNote(t, second);
    await dialog.getByText(second).waitFor({ timeout: LIVE_MS });
    if (process.env.SCREENSHOT_DIR) {
      // The viewport, not the full page: a modal dialog sits in the viewport.
      await f.screenshot({ path: `${process.env.SCREENSHOT_DIR}/facilitator-live-dialog.png` });
    }
    await f.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => f.evaluate(() => document.activeElement?.textContent))
      .toBe('Läs anteckningarna – Bord 1');

    // The end signal, on both screens.
    await f.getByLabel('Minuter', { exact: true }).fill('0,05');
    await f.getByRole('button', { name: 'Starta om med ny tid' }).click();
    await t.locator('.timer[data-state="ended"]', { hasText: 'Tiden är ute' }).waitFor({ timeout: LIVE_MS });
    await p.locator('.timer[data-state="ended"]', { hasText: 'Tiden är ute' }).waitFor({ timeout: LIVE_MS });
    await screenshot(p, 'facilitator-live-projector-time-up');

    // The tablet goes away: the tile says the table is disconnected, not merely quiet.
    await tc.close();
    await expect.poll(() => tile.getAttribute('data-state'), { timeout: LIVE_MS }).toBe('disconnected');
    expect(await tile.locator('.tile-status').innerText()).toBe('Frånkopplat – ingen surfplatta är ansluten');
    expect(await tile.locator('[data-testid="tablets"]').innerText()).toBe('0');
    await screenshot(f, 'facilitator-live-console-disconnected');

    expect(foreign).toEqual([[], [], []]);
    expect(errors).toEqual([]);
    await fc.close();
    await pc.close();
  });
});

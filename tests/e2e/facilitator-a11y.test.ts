/**
 * Automated accessibility checks (axe-core, WCAG 2.x A and AA rules) of the facilitator's pages with
 * real content: the console with tables, a tablet and a note, the notes dialog, the printable cards
 * and the projector. axe finds only part of what WCAG asks; keyboard paths are tested elsewhere.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { launchChromium, type AppProcess } from './browser.js';
import {
  absolute,
  createEvent,
  createTable,
  startAppWithOwnBuild,
  trackedPage,
} from './facilitator-helpers.js';

describe('facilitator pages: axe', () => {
  let app: AppProcess;
  let browser: Browser;

  beforeAll(async () => {
    app = await startAppWithOwnBuild();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the console, the notes dialog, the table cards and the projector have no axe violations', async () => {
    const event = await createEvent(app, { title: 'Tillgänglig dag', organiser: 'Länsstyrelsen' });
    const table = await createTable(app, event, 'Bord 1', ['Borås stad']);
    await createTable(app, event, 'Bord 2', []);
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const t = await trackedPage(tablet, errors, 'tablet');
    await t.goto(table.joinUrl);
    await t.waitForURL(/\/t\//);

    const f = await trackedPage(context, errors, 'facilitator');
    await f.goto(absolute(app, event.facilitatorUrl));
    await f
      .locator(`.tile[data-table-id="${table.tableId}"][data-state="active"]`)
      .waitFor({ timeout: 10_000 });
    await f.getByLabel('Minuter', { exact: true }).fill('5');
    await f.getByRole('button', { name: 'Starta timern' }).click();
    expect(await axeViolations(f)).toEqual([]);

    await f.getByRole('button', { name: 'Läs anteckningarna – Bord 1' }).click();
    await f.getByRole('dialog').waitFor();
    expect(await axeViolations(f)).toEqual([]);
    await f.keyboard.press('Escape');

    await f.goto(`${app.url}/f/${event.eventId}/cards`);
    await f.locator('.table-card').first().waitFor();
    expect(await axeViolations(f)).toEqual([]);

    await f.goto(absolute(app, event.projectorUrl));
    await f.getByRole('heading', { name: 'Upptäcka', level: 1 }).waitFor();
    expect(await axeViolations(f)).toEqual([]);
    await f.getByRole('tab', { name: 'Faktortavlan' }).click();
    expect(await axeViolations(f)).toEqual([]);

    expect(errors).toEqual([]);
    await tablet.close();
    await context.close();
  });
});

/**
 * Automated accessibility checks (axe-core, WCAG 2.x A and AA rules) of the facilitator's pages with
 * real content: the console with tables, a tablet and a note, the notes dialog, the printable cards
 * and the projector. axe finds only part of what WCAG asks; keyboard paths are tested elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { appAndBrowserForSuite } from './browser.js';
import {
  absolute,
  createEvent,
  createTable,
  startAppWithOwnBuild,
  trackedPage,
} from './facilitator-helpers.js';

describe('facilitator pages: axe', () => {
  const env = appAndBrowserForSuite(startAppWithOwnBuild);

  it('the console, the notes dialog, the table cards and the projector have no axe violations', async () => {
    const event = await createEvent(env.app, { title: 'Tillgänglig dag', organiser: 'Länsstyrelsen' });
    const table = await createTable(env.app, event, 'Bord 1', ['Borås stad']);
    await createTable(env.app, event, 'Bord 2', []);
    const errors: string[] = [];
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tablet = await env.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const t = await trackedPage(tablet, errors, 'tablet');
    await t.goto(table.joinUrl);
    await t.waitForURL(/\/t\//);

    const f = await trackedPage(context, errors, 'facilitator');
    await f.goto(absolute(env.app, event.facilitatorUrl));
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

    await f.goto(`${env.app.url}/f/${event.eventId}/cards`);
    await f.locator('.table-card').first().waitFor();
    expect(await axeViolations(f)).toEqual([]);

    await f.goto(absolute(env.app, event.projectorUrl));
    await f.getByRole('heading', { name: 'Upptäcka', level: 1 }).waitFor();
    expect(await axeViolations(f)).toEqual([]);
    await f.getByRole('tab', { name: 'Faktortavlan' }).click();
    expect(await axeViolations(f)).toEqual([]);

    expect(errors).toEqual([]);
    await tablet.close();
    await context.close();
  });
});

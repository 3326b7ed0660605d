/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A and AA rules) of the facilitator's pages with
 * real content: the console with tables, a tablet and a note, the notes dialog, the printable cards
 * and the projector. axe finds only part of what WCAG asks; keyboard paths are tested elsewhere.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type AppProcess } from './browser.js';
import {
  absolute,
  createEvent,
  createTable,
  startAppWithOwnBuild,
  trackedPage,
} from './facilitator-helpers.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe in the page (the context bypasses CSP so the script can be injected) and lists violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations.map(
    (v: AxeViolation) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );
}

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
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
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

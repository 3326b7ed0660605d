/**
 * The report from the facilitator console: preview in the browser, then every download — and the
 * print view — from an event in the seed report's shape.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { appAndBrowserForSuite, screenshot, startApp } from './browser.js';
import { createSeedFixture, SEED_FACTORS, type SeedFixture } from '../helpers/seed-fixture.js';

describe('report in the browser', () => {
  const env = appAndBrowserForSuite(startApp);
  let fx: SeedFixture;

  beforeAll(async () => {
    fx = await createSeedFixture(env.app.url, env.app.url.replace(/^http/, 'ws'), [
      '<img src=x onerror=alert(1)>',
    ]);
  });
  afterAll(async () => {
    fx?.clients.forEach((c) => c.destroy());
  });

  it('the facilitator previews the report and downloads it as DOCX, Markdown, CSV and JSON', async () => {
    const context = await env.browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(fx.event.facilitatorUrl);
    await page.getByRole('link', { name: 'Rapport' }).click();
    await page.waitForURL(/\/report$/);

    const preview = page.locator('article.report');
    for (const factor of SEED_FACTORS)
      await preview.getByRole('heading', { name: factor.title, level: 3 }).waitFor();
    await expect(
      preview.getByText('<img src=x onerror=alert(1)>', { exact: false }).count(),
    ).resolves.toBeGreaterThan(0);
    expect(await preview.locator('img').count()).toBe(0);
    await screenshot(page, 'report-preview');

    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      const saved = await file.path();
      return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved) };
    };
    const docx = await download('Word (DOCX)');
    expect(docx.name).toMatch(/^rapport-framgangsfaktorer-nyanlandas-etablering-2019-05-14\.docx$/);
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain(SEED_FACTORS[6]!.title);

    const md = await download('Markdown');
    expect(md.name.endsWith('.md')).toBe(true);
    expect(md.bytes.toString('utf8')).toContain(`### ${SEED_FACTORS[0]!.title}`);

    const csv = await download('Alla anteckningar (CSV)');
    expect(csv.bytes.toString('utf8').charCodeAt(0)).toBe(0xfeff);

    const json = await download('Arkiv (JSON)');
    expect(JSON.parse(json.bytes.toString('utf8')).format).toBe('dialogdag-archive');
    const archivePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dd-archive-')), json.name);
    fs.writeFileSync(archivePath, json.bytes);

    // Attribution by table name reaches the preview at once.
    await page.getByLabel('Citat tillskrivs').selectOption('table');
    await preview.getByText('— Bord 1').first().waitFor();

    // The print view: only the report, on A4.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-controls').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    if (process.env.SCREENSHOT_DIR)
      await page.pdf({ path: `${process.env.SCREENSHOT_DIR}/report-print.pdf`, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });

    // The archive, imported on the start page, becomes a new day with its own links.
    const start = await context.newPage();
    await start.goto(env.app.url + '/');
    await start.getByLabel('Arkivfil (JSON)').setInputFiles(archivePath);
    await start.getByRole('heading', { name: 'Dialogdagen är skapad' }).waitFor();
    const newLink = await start.getByLabel('Facilitatorlänk').inputValue();
    expect(newLink).not.toContain(fx.event.eventId);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

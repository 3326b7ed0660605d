/**
 * Setting up a day in the browser: create an event from the start page (template choice, the
 * facilitator link with its key only in the fragment, the projector link), add three tables with
 * their organisations, open the printable table cards and decode every QR code to the table's join
 * URL; print media hides everything but the cards and the PDF is A4 with two cards a page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListTablesResponse } from '../../shared/api.js';
import { api } from '../helpers/api.js';
import { appAndBrowserForSuite, screenshot, watchForeignRequests } from './browser.js';
import {
  absolute,
  createEvent,
  createTable,
  startAppWithOwnBuild,
  trackedPage,
} from './facilitator-helpers.js';
import { decodeQrPng } from './qr.js';

const TABLES = [
  { name: 'Bord 1', organisations: 'Borås stad, Alingsås kommun' },
  { name: 'Bord 2', organisations: 'Lerums kommun\nVårgårda kommun' },
  { name: 'Bord 3', organisations: 'Öckerö kommun; Ale kommun, Borås stad' },
];

describe('facilitator: set up the day and print table cards', () => {
  const env = appAndBrowserForSuite(startAppWithOwnBuild);

  it('creates an event with three tables and every printed QR code decodes to its table’s join URL', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const foreign = watchForeignRequests(context, env.app.url);
    const errors: string[] = [];
    const f = await trackedPage(context, errors, 'facilitator');

    // Create: the 4-D workbook is the default; the empty one is a choice.
    await f.goto(env.app.url + '/');
    await f.getByLabel('Namn på dagen').fill('Framgångsfaktorer – nyanländas etablering');
    await f.getByLabel(/Arrangör/).fill('Länsstyrelsen i Västra Götalands län');
    await expect.poll(() => f.getByLabel('Appreciative Inquiry 4-D').isChecked()).toBe(true);
    await expect.poll(() => f.getByLabel('Tom arbetsbok').isVisible()).toBe(true);
    await f.getByRole('button', { name: 'Skapa dialogdag' }).click();
    await f.getByRole('heading', { name: 'Dialogdagen är skapad' }).waitFor();

    // The key travels only in the fragment of the facilitator link; the copy button says who it is for.
    const facilitatorUrl = new URL(await f.getByLabel('Facilitatorlänk').inputValue());
    const eventId = facilitatorUrl.pathname.split('/')[2]!;
    const token = facilitatorUrl.hash.slice(1);
    expect(facilitatorUrl.pathname).toBe(`/f/${eventId}`);
    expect(facilitatorUrl.search).toBe('');
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    await f.getByRole('button', { name: 'Kopiera länk för medfacilitator' }).waitFor();
    const projectorUrl = new URL(await f.getByLabel(/Projektorlänk/).inputValue());
    expect(projectorUrl.pathname).toBe(`/p/${eventId}`);
    expect(projectorUrl.hash.length).toBeGreaterThan(40);
    await screenshot(f, 'facilitator-created');

    await f.getByRole('button', { name: 'Öppna facilitatorvyn' }).click();
    await f.getByRole('heading', { name: 'Framgångsfaktorer – nyanländas etablering', level: 1 }).waitFor();
    expect(new URL(f.url()).hash).toBe('');
    // The 4-D workbook arrived: four phases in the editor.
    await expect.poll(() => f.getByLabel('Fasens namn').count()).toBe(4);

    for (const table of TABLES) {
      await f.getByLabel('Bordets namn').fill(table.name);
      await f.getByLabel('Organisationer vid bordet').fill(table.organisations);
      await f.getByRole('button', { name: 'Lägg till bord' }).click();
      await f.getByLabel(`Länk – ${table.name}`).waitFor();
    }
    // The event's participating organisations: every table's, deduplicated, sorted the Swedish way.
    const orgHeading = f.getByRole('heading', { name: 'Deltagande organisationer (6)' });
    await orgHeading.waitFor();
    const orgList = f.locator('.organisation-list li');
    expect(await orgList.allInnerTexts()).toEqual([
      'Ale kommun',
      'Alingsås kommun',
      'Borås stad',
      'Lerums kommun',
      'Vårgårda kommun',
      'Öckerö kommun',
    ]);
    // Each table also shows in the live overview, waiting for its first tablet.
    await expect.poll(() => f.locator('.tile[data-state="waiting"]').count(), { timeout: 10_000 }).toBe(3);
    await screenshot(f, 'facilitator-console-setup');

    const listed = await api<ListTablesResponse>(
      env.app.url,
      'GET',
      `/api/events/${eventId}/tables`,
      undefined,
      token,
    );
    expect(listed.body.tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));

    // The card page, reached from the console.
    await f.getByRole('link', { name: 'Skriv ut bordskort' }).click();
    await f.waitForURL(`**/f/${eventId}/cards`);
    await f.getByRole('heading', { name: 'Bordskort – Framgångsfaktorer – nyanländas etablering' }).waitFor();
    const cards = f.locator('.table-card');
    await expect.poll(() => cards.count()).toBe(3);
    for (const [i, table] of listed.body.tables.entries()) {
      const card = cards.nth(i);
      expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(table.name);
      const code = await card.locator('.card-code').innerText();
      expect(code.replace('-', '')).toBe(table.joinCode);
      expect(await card.locator('.card-howto').innerText()).toContain(
        'Skanna QR-koden med surfplattans kamera.',
      );
      expect(await card.locator('.card-howto').innerText()).toContain(`${new URL(env.app.url).host}/join`);
      // The QR code as a camera would see it: a screenshot of the element, decoded.
      const png = await card.getByRole('img', { name: `QR-kod som öppnar ${table.name}` }).screenshot();
      expect(decodeQrPng(png)).toBe(table.joinUrl);
    }
    await screenshot(f, 'facilitator-cards');

    // Print: no header, no toolbar; cards keep their 134 mm height (two per A4 page) and never split.
    await f.emulateMedia({ media: 'print' });
    expect(await f.locator('.app-header').isVisible()).toBe(false);
    expect(await f.getByRole('button', { name: 'Skriv ut', exact: true }).isVisible()).toBe(false);
    const heights = await cards.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeCloseTo((134 / 25.4) * 96, 0);
    expect(await cards.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await screenshot(f, 'facilitator-cards-print');

    const pdf = await f.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dialogdag-pdf-'));
    const pdfPath = path.join(dir, 'facilitator-cards.pdf');
    fs.writeFileSync(pdfPath, pdf);
    // A4 in PDF points (595 × 842) and two pages for three cards.
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, path.join(dir, 'facilitator-cards-pdf')]);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an event created with the empty workbook has no phases, and says so in words', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const errors: string[] = [];
    const f = await trackedPage(context, errors, 'facilitator');
    await f.goto(env.app.url + '/');
    await f.getByLabel('Namn på dagen').fill('Tom dag');
    await f.getByLabel('Tom arbetsbok').check();
    await f.getByRole('button', { name: 'Skapa dialogdag' }).click();
    await f.getByRole('button', { name: 'Öppna facilitatorvyn' }).click();
    await f.getByText('Arbetsboken är tom. Lägg till den första fasen nedan.').waitFor();
    await f.getByText('Dagen har inga faser.').waitFor();
    await f.getByText('Inga bord än. Lägg till bord under Bord och bordskort.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an English event speaks English on the console and on its table cards', async () => {
    const event = await createEvent(env.app, {
      title: 'Success factors day',
      language: 'en',
      template: 'ai-4d',
    });
    const table = await createTable(env.app, event, 'Table 1', ['Borås stad']);
    const context = await env.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const errors: string[] = [];
    const f = await trackedPage(context, errors, 'facilitator');
    await f.goto(absolute(env.app, event.facilitatorUrl));
    await f
      .getByRole('navigation', { name: 'Parts of the facilitator view' })
      .getByText('Run the day')
      .waitFor();
    await f.getByRole('button', { name: 'Next phase: Dream' }).waitFor();
    await f.getByRole('heading', { name: 'Tables right now' }).waitFor();
    await f.goto(`${env.app.url}/f/${event.eventId}/cards`);
    const card = f.locator('.table-card');
    await card.getByText("Scan the QR code with the tablet's camera.").waitFor();
    await card.getByText('Table code', { exact: true }).waitFor();
    const png = await card.getByRole('img', { name: 'QR code that opens Table 1' }).screenshot();
    expect(decodeQrPng(png)).toBe(table.joinUrl);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tables can be renamed, given a new code and removed, and the workbook edited', async () => {
    const event = await createEvent(env.app, { title: 'Ändringsdag', template: 'empty' });
    const [first, second] = [
      await createTable(env.app, event, 'Bord A', ['Borås stad']),
      await createTable(env.app, event, 'Bord B', ['Lerums kommun']),
    ];
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const f = await trackedPage(context, errors, 'facilitator');
    await f.goto(absolute(env.app, event.facilitatorUrl));
    await f.getByLabel('Länk – Bord B').waitFor();

    // Rename and re-seat a table.
    await f.getByRole('button', { name: 'Ändra – Bord A' }).click();
    await f.locator('.table-edit').getByLabel('Bordets namn').fill('Bord A – Sjuhärad');
    await f.locator('.table-edit').getByLabel('Organisationer vid bordet').fill('Borås stad\nMarks kommun');
    await f.locator('.table-edit').getByRole('button', { name: 'Spara' }).click();
    await f.getByLabel('Länk – Bord A – Sjuhärad').waitFor();
    await f
      .locator(`.tile[data-table-id="${first!.tableId}"]`)
      .getByText('Borås stad, Marks kommun')
      .waitFor();
    await f.getByRole('heading', { name: 'Deltagande organisationer (3)' }).waitFor();

    // A new code: confirmed first; the old one stops admitting tablets.
    await f.getByRole('button', { name: 'Ny kod – Bord B' }).click();
    await f.getByRole('button', { name: 'Ja, ge bordet en ny kod' }).click();
    await expect
      .poll(async () => (await f.getByLabel('Länk – Bord B').inputValue()).endsWith(second!.joinCode))
      .toBe(false);
    const oldCode = await api(env.app.url, 'POST', '/api/join', { code: second!.joinCode });
    expect(oldCode.status).toBe(404);
    const newCode = new URL(await f.getByLabel('Länk – Bord B').inputValue()).hash.slice(1);
    expect((await api(env.app.url, 'POST', '/api/join', { code: newCode })).status).toBe(200);

    // Remove: asks first, cancel keeps the table, confirming removes it everywhere.
    await f.getByRole('button', { name: 'Ta bort – Bord B' }).click();
    await f.getByText('Ta bort Bord B? Bordets anteckningar raderas').waitFor();
    await f.getByRole('button', { name: 'Avbryt' }).click();
    await f.getByRole('button', { name: 'Ta bort – Bord B' }).click();
    await f.getByRole('button', { name: 'Ja, ta bort bordet' }).click();
    await expect.poll(() => f.getByLabel('Länk – Bord B').count()).toBe(0);
    await expect.poll(() => f.locator(`.tile[data-table-id="${second!.tableId}"]`).count()).toBe(0);

    // The workbook: add a phase (it opens), give it questions, reorder them, remove one.
    await f.getByLabel('Ny fas').fill('Inledning');
    await f.getByLabel('Ny fas').press('Enter');
    const phase = f.locator('.phase-editor', {
      has: f.getByRole('heading', { name: /Inledning/, level: 3 }),
    });
    for (const question of ['Vad hoppas ni få ut av dagen?', 'Vem saknas vid bordet?']) {
      await phase.getByLabel('Ny fråga i Inledning').fill(question);
      await phase.getByRole('button', { name: 'Lägg till fråga' }).click();
    }
    await expect.poll(() => phase.getByLabel(/^Fråga \d$/).count()).toBe(2);
    await phase.getByRole('button', { name: 'Flytta upp – Fråga 2' }).click();
    expect(await phase.getByLabel('Fråga 1').inputValue()).toBe('Vem saknas vid bordet?');
    await phase.getByLabel('Föreslagen tid i minuter').fill('15');
    await phase.getByLabel('Föreslagen tid i minuter').press('Tab');
    await phase.getByText('2 frågor · 15 min').waitFor();
    await phase.getByRole('button', { name: 'Ta bort frågan – Fråga 2' }).click();
    await phase.getByRole('button', { name: 'Ja, ta bort frågan' }).click();
    await expect.poll(() => phase.getByLabel(/^Fråga \d$/).count()).toBe(1);
    await f.getByText('Aktuell fas').waitFor();
    expect(await f.getByTestId('current-phase').innerText()).toBe('Inledning');
    await screenshot(f, 'facilitator-console-edited');

    // The key is not on screen (a facilitator's laptop is often mirrored) until asked for.
    const onScreen = async () =>
      [
        await f.locator('body').innerText(),
        ...(await f
          .locator('input, textarea')
          .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))),
      ].join('\n');
    expect(await onScreen()).not.toContain(event.facilitatorToken);
    await f.getByRole('button', { name: 'Visa länken' }).click();
    expect(await f.getByRole('textbox', { name: 'Facilitatorlänk' }).inputValue()).toBe(
      absolute(env.app, event.facilitatorUrl),
    );

    // Removing the only phase leaves an empty workbook, said in words.
    await phase.getByRole('button', { name: 'Ta bort fasen – Inledning' }).click();
    await f.getByRole('button', { name: 'Ja, ta bort fasen' }).click();
    await f.getByText('Arbetsboken är tom. Lägg till den första fasen nedan.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

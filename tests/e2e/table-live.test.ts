/**
 * The tablet follows the facilitator live: a phase change, a timer and a broadcast written by a
 * facilitator's Node client appear without a reload. Earlier phases stay readable and editable.
 * "Lämna bordet" leaves no note text from the table anywhere in the browser's storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPhases, setBroadcast, setCurrentPhase, startTimer } from '../../shared/docs/event-doc.js';
import { connectYClient, waitSynced, type YClient } from '../../scripts/lib/node-client.js';
import { appAndBrowserForSuite, screenshot, startApp } from './browser.js';
import {
  addNote,
  createEvent,
  facilitatorOnTable,
  findInStorage,
  findNote,
  newTablet,
  notesOf,
  waitForStatus,
  type TestEvent,
} from './table-helpers.js';

const FIRST_NOTE = 'Mentorerna i Vårgårda-LIVE9 gjorde skillnad';
const LEAVE_MARKER = 'Lämnamarkör-ZK4';

describe('table view: live phase, timer, earlier phases, leaving', () => {
  const env = appAndBrowserForSuite(startApp);
  let day: TestEvent;
  let eventClient: YClient;
  let tableClient: YClient;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    day = await createEvent(env.app.url, {
      title: 'Levande dag',
      tables: [{ name: 'Bord 3', organisations: ['Vårgårda', 'Herrljunga'] }],
    });
    eventClient = connectYClient(
      env.app.url.replace(/^http/, 'ws'),
      `event.${day.event.eventId}`,
      day.event.facilitatorToken,
    );
    await waitSynced(eventClient);
    tableClient = await facilitatorOnTable(env.app.url, day.event, day.tables[0]!);
    const tablet = await newTablet(env.browser);
    tablet.context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    page = await tablet.context.newPage();
  });
  afterAll(async () => {
    eventClient?.destroy();
    tableClient?.destroy();
  });

  it('a wrong code says what to do, pasting a link is not blocked, and a code typed the way people do (lower case, spaces, a dash) joins', async () => {
    const code = day.tables[0]!.joinCode.replace(/-/g, '');
    await page.goto(`${env.app.url}/join`);
    // A wrong code says what to do, and keeps what was typed so it can be corrected.
    await page.getByLabel('Bordskod').fill('AAAA-AAAA');
    await page.getByRole('button', { name: 'Gå med' }).click();
    await page.getByText('Koden finns inte. Kontrollera koden på bordskortet.').waitFor();
    expect(await page.getByLabel('Bordskod').inputValue()).toBe('AAAA-AAAA');
    await page.getByLabel('Bordskod').fill('');
    // Pasting is never blocked.
    await page.getByLabel('Bordskod').focus();
    await page.keyboard.insertText(`${env.app.url}/join#${day.tables[0]!.joinCode}`);
    expect(await page.getByLabel('Bordskod').inputValue()).toContain(day.tables[0]!.joinCode);
    await page
      .getByLabel('Bordskod')
      .fill(`${code.slice(0, 4).toLowerCase()} - ${code.slice(4).toLowerCase()}`);
    await page.getByRole('button', { name: 'Gå med' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bord 3' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Upptäcka' }).waitFor();
  });

  it('a phase change, a timer and a broadcast from the facilitator appear on the tablet without a reload', async () => {
    await addNote(page, FIRST_NOTE);
    await waitForStatus(page, 'Sparat');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const phases = readPhases(eventClient.doc);
    setCurrentPhase(eventClient.doc, phases[1]!.id);
    await page.getByRole('heading', { level: 2, name: 'Drömma' }).waitFor({ timeout: 5000 });
    await expect
      .poll(() => page.locator('.visually-hidden[aria-live]').allTextContents())
      .toContain('Ny fas: Drömma');

    startTimer(eventClient.doc, 10 * 60_000, Date.now());
    await expect.poll(() => page.getByRole('timer').textContent()).toMatch(/^Tid kvar: (10:00|9:5\d)/);
    setBroadcast(eventClient.doc, 'Fem minuter kvar – börja sammanfatta', Date.now());
    await page.getByText('Fem minuter kvar – börja sammanfatta').waitFor({ timeout: 5000 });

    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
  });

  it('an earlier phase stays readable and editable, and says which phase is in progress', async () => {
    const nav = page.getByRole('navigation', { name: 'Dagens faser' });
    await nav.getByRole('button', { name: /Upptäcka/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Upptäcka' }).waitFor();
    await page.getByText('Ni tittar på en tidigare fas. Just nu pågår fasen Drömma.').waitFor();
    const note = await findNote(page, FIRST_NOTE);
    await note.textarea.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' och öppnade dörrar');
    await addNote(page, 'Tillagd i efterhand i Upptäcka');
    await screenshot(page, 'table-sv-earlier-phase');
    await expect
      .poll(() => notesOf(tableClient).map((n) => [n.text, n.phaseId]))
      .toEqual([
        [`${FIRST_NOTE} och öppnade dörrar`, readPhases(eventClient.doc)[0]!.id],
        ['Tillagd i efterhand i Upptäcka', readPhases(eventClient.doc)[0]!.id],
      ]);
    await page.getByRole('button', { name: 'Till fasen som pågår' }).click();
    await page.getByRole('heading', { level: 2, name: 'Drömma' }).waitFor();
  });

  it('"Lämna bordet" leaves no note text from the table in IndexedDB, localStorage or Cache Storage', async () => {
    await addNote(page, `${LEAVE_MARKER} om språkvänner`);
    await waitForStatus(page, 'Sparat');
    // Positive control: before leaving, the search finds the text on the device.
    const before = await findInStorage(page, LEAVE_MARKER);
    expect(before.indexedDb.length).toBeGreaterThan(0);
    expect((await findInStorage(page, 'LIVE9')).indexedDb.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Lämna bordet' }).click();
    await page.getByRole('button', { name: 'Ja, lämna bordet' }).click();
    await page.waitForURL(`${env.app.url}/`);
    // Past the registry's teardown delay, so a late write would have happened.
    await page.waitForTimeout(2500);
    for (const marker of [LEAVE_MARKER, 'LIVE9', 'Tillagd i efterhand']) {
      const after = await findInStorage(page, marker);
      expect(after).toMatchObject({ indexedDb: [], localStorage: [], cacheStorage: [] });
    }
    const { databases } = await findInStorage(page, LEAVE_MARKER);
    expect(databases.filter((name) => name.includes(day.event.eventId))).toEqual([]);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dialogdag:table'))),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});

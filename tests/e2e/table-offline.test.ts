/**
 * Offline: the tablet reaches the app only through a TCP proxy, which the test cuts (Chromium's
 * offline switch leaves WebSockets alone). Cut, the tablet writes five notes and edits one, reloads
 * — the page comes from the service worker, the notes from IndexedDB — and after the proxy is
 * restored a facilitator's client has everything exactly once within 10 s; the status went from
 * "Offline – … sparas på enheten" to "Sparat".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YClient } from '../../scripts/lib/node-client.js';
import { appAndBrowserForSuite, screenshot, startApp } from './browser.js';
import {
  addNote,
  createEvent,
  facilitatorOnTable,
  findNote,
  joinByLink,
  newTablet,
  notesOf,
  recordStatus,
  shownNoteTexts,
  waitForStatus,
  type TestEvent,
} from './table-helpers.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

const EXISTING = 'Vi delade på tolkarna mellan kommunerna';
const EDIT = ' – det sparade pengar';
const OFFLINE_NOTES = [1, 2, 3, 4, 5].map((n) => `Offline-anteckning ${n}: språkcaféet på biblioteket`);

describe('table view offline', () => {
  const env = appAndBrowserForSuite(startApp);
  let proxy: TcpProxy;
  let day: TestEvent;
  let facilitator: YClient;

  beforeAll(async () => {
    proxy = await startTcpProxy(env.app.port);
    day = await createEvent(env.app.url, {
      title: 'Offlinedag',
      tables: [{ name: 'Bord 1', organisations: ['Lerum'] }],
    });
    // The facilitator talks to the server directly; only the tablet is behind the proxy.
    facilitator = await facilitatorOnTable(env.app.url, day.event, day.tables[0]!);
  });
  afterAll(async () => {
    facilitator?.destroy();
    await proxy?.close();
  });

  it('a tablet cut off writes five notes and edits one, reloads offline with everything there, and the facilitator gets it all exactly once after reconnect', async () => {
    const { context, errors } = await newTablet(env.browser);
    const statuses = await recordStatus(context);
    const page = await joinByLink(context, proxy.url, day.tables[0]!.joinCode);
    await addNote(page, EXISTING);
    await waitForStatus(page, 'Sparat');
    // The service worker controls the page and holds the shell and every build file the page loaded
    // (the lazily loaded table view included) — and nothing else.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const cached = (
              await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys()))
            )
              .flat()
              .map((r) => new URL(r.url).pathname);
            const unexpected = cached.filter(
              (u) => u !== '/index.html' && u !== '/favicon.svg' && !u.startsWith('/assets/'),
            );
            const loaded = performance
              .getEntriesByType('resource')
              .map((e) => new URL(e.name))
              .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
              .map((u) => u.pathname);
            const missing = ['/index.html', ...new Set(loaded)].filter((u) => !cached.includes(u));
            if (!loaded.some((u) => u.includes('/TablePage-'))) missing.push('(table view chunk not loaded)');
            return { unexpected, missing };
          }),
        { timeout: 10_000 },
      )
      .toEqual({ unexpected: [], missing: [] });

    proxy.cut();
    await waitForStatus(page, /^Offline – sparas på enheten$/);
    const cutAt = Date.now();

    for (const text of OFFLINE_NOTES) await addNote(page, text);
    const existing = await findNote(page, EXISTING);
    await existing.textarea.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(EDIT);
    await waitForStatus(page, /^Offline – \d+ ändringar sparas på enheten$/);

    // Reload with no network: the shell comes from the service worker, the notes from IndexedDB.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.locator('#phase-title').waitFor();
    const expectedTexts = [EXISTING + EDIT, ...OFFLINE_NOTES];
    await expect.poll(() => shownNoteTexts(page).then((t) => t.sort())).toEqual([...expectedTexts].sort());
    await waitForStatus(page, /^Offline – \d+ ändring(ar)? sparas på enheten$/);
    await screenshot(page, 'table-sv-offline-after-reload');
    // Nothing reached the server meanwhile.
    expect(notesOf(facilitator).map((n) => n.text)).toEqual([EXISTING]);

    proxy.restore();
    const restoredAt = Date.now();
    await expect
      .poll(
        () =>
          notesOf(facilitator)
            .map((n) => n.text)
            .sort(),
        { timeout: 10_000, interval: 100 },
      )
      .toEqual([...expectedTexts].sort());
    const arrivedMs = Date.now() - restoredAt;
    expect(arrivedMs).toBeLessThan(10_000);
    await waitForStatus(page, 'Sparat', 10_000);

    // Exactly once: six notes, no duplicates, the edit applied once.
    const notes = notesOf(facilitator);
    expect(notes).toHaveLength(6);
    expect(new Set(notes.map((n) => n.id)).size).toBe(6);
    expect(notes.find((n) => n.text.startsWith(EXISTING))?.text).toBe(EXISTING + EDIT);

    // The status went offline (with the count waiting) → saved, and never said "Sparat" while cut.
    const texts = statuses.map((s) => s.text);
    const firstOffline = texts.findIndex((t) => /^Offline – \d+ ändringar sparas på enheten$/.test(t));
    const savedAfter = texts.findIndex((t, i) => i > firstOffline && t === 'Sparat');
    expect(firstOffline).toBeGreaterThan(-1);
    expect(savedAfter).toBeGreaterThan(firstOffline);
    const savedWhileCut = statuses.filter(
      (s) => s.text === 'Sparat' && s.atMs > cutAt && s.atMs < restoredAt,
    );
    expect(savedWhileCut).toEqual([]);
    console.log(
      `offline test: status sequence ${JSON.stringify(texts)}; all notes at the facilitator ${arrivedMs} ms after restore`,
    );
    expect(errors).toEqual([]);
  });
});

/**
 * The table view on real tablet sizes: 768×1024 portrait and landscape, Swedish and English (the
 * event's language wins), and a 320 px phone without horizontal scrolling; every control is a touch
 * target of at least 44 px. Screenshots go to SCREENSHOT_DIR when set (looked at by a person).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPhases, setBroadcast, setCurrentPhase, startTimer } from '../../shared/docs/event-doc.js';
import { connectYClient, waitSynced } from '../../scripts/lib/node-client.js';
import { appAndBrowserForSuite, type AppProcess, screenshot, startApp } from './browser.js';
import {
  addNote,
  createEvent,
  findNote,
  joinByLink,
  newTablet,
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  waitForStatus,
  type TestEvent,
} from './table-helpers.js';

const MIN_TARGET_PX = 44;

/** Controls smaller than a 44×44 px touch target (visible ones only). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'main button, main select, main textarea, main input, main summary, main a',
      ),
    );
    return controls
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(
        ({ el, box }) =>
          `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" ${box.width}×${box.height}`,
      );
  }, MIN_TARGET_PX);
}

function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Fills a table the way a day looks mid-morning: notes of each kind, one lifted, a timer, a message. */
async function populate(app: AppProcess, day: TestEvent, page: Page, texts: string[], message: string) {
  const client = connectYClient(
    app.url.replace(/^http/, 'ws'),
    `event.${day.event.eventId}`,
    day.event.facilitatorToken,
  );
  await waitSynced(client);
  startTimer(client.doc, 25 * 60_000, Date.now());
  setBroadcast(client.doc, message, Date.now());
  client.destroy();
  for (const [i, text] of texts.entries()) await addNote(page, text, i === 2 ? 1 : 0);
  const quote = await findNote(page, texts[1]!);
  await quote.card.locator('select').selectOption('quote');
  await quote.card.locator('button[aria-pressed]').click();
  const idea = await findNote(page, texts[2]!);
  await idea.card.locator('select').selectOption('idea');
  // Close the add-note forms again, as a table would between notes.
  while ((await page.locator('form.add-note').count()) > 0) {
    await page.locator('form.add-note button[type=button]').first().click();
  }
}

describe('table view layout', () => {
  const env = appAndBrowserForSuite(startApp);

  it('in Swedish at 768×1024 portrait and landscape: no horizontal scroll, every target ≥ 44 px', async () => {
    const day = await createEvent(env.app.url, {
      title: 'Framgångsfaktorer för nyanländas etablering',
      tables: [{ name: 'Bord 1', organisations: ['Borås Stad', 'Alingsås kommun', 'Arbetsförmedlingen'] }],
    });
    const { context, errors } = await newTablet(env.browser, TABLET_PORTRAIT);
    const page = await joinByLink(context, env.app.url, day.tables[0]!.joinCode);
    await populate(
      env.app,
      day,
      page,
      [
        'När vi samlade alla aktörer kring samma bord en gång i månaden blev det lättare att hjälpa varandra.',
        'Det är relationerna som bär, inte strukturerna.',
        'Ett gemensamt introduktionsprogram för alla kommuner i länet.',
      ],
      'Fem minuter kvar – välj vilka anteckningar ni vill lyfta.',
    );
    // The facilitator moves on: the earlier phase shows up in the phase navigation.
    const facilitator = connectYClient(
      env.app.url.replace(/^http/, 'ws'),
      `event.${day.event.eventId}`,
      day.event.facilitatorToken,
    );
    await waitSynced(facilitator);
    setCurrentPhase(facilitator.doc, readPhases(facilitator.doc)[1]!.id);
    facilitator.destroy();
    await page.getByRole('heading', { level: 2, name: 'Drömma' }).waitFor();
    await addNote(page, 'Om tre år har varje nyanländ en kontaktperson från första dagen.');
    await page.locator('form.add-note button[type=button]').first().click();
    await waitForStatus(page, 'Sparat');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.getByText('Den här surfplattan:').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'table-sv-portrait');
    await page.setViewportSize(TABLET_LANDSCAPE);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'table-sv-landscape');

    // A 320 px wide phone: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'table-sv-320');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in English when the event is English, portrait and landscape', async () => {
    const day = await createEvent(env.app.url, {
      title: 'Success factors for newcomer integration',
      language: 'en',
      tables: [{ name: 'Table 4', organisations: ['Borås', 'Alingsås'] }],
    });
    const { context, errors } = await newTablet(env.browser, TABLET_LANDSCAPE);
    const page = await joinByLink(context, env.app.url, day.tables[0]!.joinCode);
    await populate(
      env.app,
      day,
      page,
      [
        'We met every month with all the agencies at one table, which made it easier to help each other.',
        'It is the relationships that carry the work, not the structures.',
        'A shared introduction programme for every municipality in the county.',
      ],
      'Five minutes left – choose the notes to lift to the plenary.',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { level: 2, name: 'Discover' }).waitFor();
    await page.getByText('Lift to the plenary').first().waitFor();
    await waitForStatus(page, 'Saved');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'table-en-landscape');
    await page.setViewportSize(TABLET_PORTRAIT);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'table-en-portrait');
    expect(errors).toEqual([]);
    await context.close();
  });
});

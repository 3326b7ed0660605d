/**
 * The timer counts on the server's clock: a tablet whose own clock is two minutes fast still shows
 * the time the facilitator set, not two minutes less.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTimer } from '../../shared/docs/event-doc.js';
import { connectYClient, waitSynced, type YClient } from '../../scripts/lib/node-client.js';
import { appAndBrowserForSuite, startApp } from './browser.js';
import { createEvent, joinByLink, newTablet, type TestEvent } from './table-helpers.js';

const SKEW_MS = 2 * 60_000;

describe('timer and clocks', () => {
  const env = appAndBrowserForSuite(startApp);
  let day: TestEvent;
  let eventClient: YClient;

  beforeAll(async () => {
    day = await createEvent(env.app.url, {
      title: 'Klockdag',
      tables: [{ name: 'Bord 1', organisations: ['Hjo'] }],
    });
    eventClient = connectYClient(
      env.app.url.replace(/^http/, 'ws'),
      `event.${day.event.eventId}`,
      day.event.facilitatorToken,
    );
    await waitSynced(eventClient);
  });
  afterAll(async () => {
    eventClient?.destroy();
  });

  it("a tablet with a clock two minutes fast shows the facilitator's ten minutes, not eight", async () => {
    const tablet = await newTablet(env.browser);
    // This tablet's clock runs two minutes ahead of the server's.
    await tablet.context.addInitScript((skew: number) => {
      const realNow = Date.now.bind(Date);
      Date.now = () => realNow() + skew;
    }, SKEW_MS);
    const page = await joinByLink(tablet.context, env.app.url, day.tables[0]!.joinCode);
    // The server is on this machine: Node's clock is the server's clock.
    startTimer(eventClient.doc, 10 * 60_000, Date.now());
    const timer = page.getByRole('timer').first();
    await timer.waitFor();
    await expect.poll(async () => timer.innerText(), { timeout: 10_000 }).toMatch(/(10:00|9:5\d)/);
    await tablet.context.close();
  });
});

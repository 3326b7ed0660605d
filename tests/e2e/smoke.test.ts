/**
 * The foundation's browser smoke test: `npm start` on a temporary DATA_DIR, a facilitator creates an
 * event from the start page, a tablet in a second browser context joins with the code and writes a
 * note, the facilitator sees it — and no page talks to any other origin.
 */
import { describe, expect, it } from 'vitest';
import { appAndBrowserForSuite, screenshot, startApp, watchForeignRequests } from './browser.js';

describe('smoke: create, join, write, see', () => {
  const env = appAndBrowserForSuite(startApp);

  it('a facilitator creates an event, a tablet joins by code and writes a note, the facilitator sees it, with no foreign requests', async () => {
    const facilitator = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tablet = await env.browser.newContext({ viewport: { width: 768, height: 1024 } });
    const foreign = [...[facilitator, tablet].map((c) => watchForeignRequests(c, env.app.url))];
    const pageErrors: string[] = [];

    const f = await facilitator.newPage();
    f.on('pageerror', (e) => pageErrors.push(e.message));
    await f.goto(env.app.url + '/');
    await f.getByLabel('Namn på dagen').fill('Framgångsfaktorer – nyanländas etablering');
    await f.getByLabel(/Arrangör/).fill('Länsstyrelsen');
    await f.getByRole('button', { name: 'Skapa dialogdag' }).click();
    await f.getByRole('heading', { name: 'Dialogdagen är skapad' }).waitFor();
    await screenshot(f, 'smoke-created');
    await f.getByRole('button', { name: 'Öppna facilitatorvyn' }).click();
    await f.getByRole('heading', { name: 'Framgångsfaktorer – nyanländas etablering' }).waitFor();
    // The secret left the address bar once it was exchanged.
    expect(new URL(f.url()).hash).toBe('');

    await f.getByLabel('Bordets namn').fill('Bord 1');
    await f.getByLabel('Organisationer vid bordet').fill('Borås, Alingsås');
    await f.getByRole('button', { name: 'Lägg till bord' }).click();
    await f.getByRole('heading', { name: 'Bord 1', level: 3 }).first().waitFor();
    const joinUrl = await f.getByLabel('Länk – Bord 1').inputValue();
    const code = decodeURIComponent(new URL(joinUrl).hash.slice(1));
    expect(code).toMatch(/^[A-Z0-9]{8}$/);

    // The tablet types the code the way people do: lower case, with a space.
    const t = await tablet.newPage();
    t.on('pageerror', (e) => pageErrors.push(e.message));
    await t.goto(env.app.url + '/join');
    await t.getByLabel('Bordskod').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`);
    await t.getByRole('button', { name: 'Gå med' }).click();
    await t.waitForURL(/\/t\//);
    await t.getByRole('heading', { level: 2 }).first().waitFor();

    const text = 'Vi samarbetade över kommungränsen och det gav resultat.';
    await t
      .getByRole('button', { name: /Ny anteckning/ })
      .first()
      .click();
    await t.getByLabel('Text', { exact: true }).fill(text);
    await t.getByRole('button', { name: 'Lägg till', exact: true }).click();
    // "Sparat" only after the server's durable ack.
    await t.getByRole('status').getByText('Sparat').waitFor({ timeout: 10_000 });
    await screenshot(t, 'smoke-tablet');

    await f.getByText(text).waitFor({ timeout: 10_000 });
    await screenshot(f, 'smoke-facilitator');

    expect(foreign).toEqual([[], []]);
    expect(pageErrors).toEqual([]);
    await facilitator.close();
    await tablet.close();
  });
});

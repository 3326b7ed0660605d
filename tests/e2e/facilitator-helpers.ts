/**
 * Shared set-up of the facilitator-console browser tests: `npm start` serving a client build of its
 * own (so another test rebuilding dist/client mid-run cannot pull chunks from under a page), events
 * created through the API, and pages that collect their errors.
 */
import type { AppProcess } from './browser.js';
import type { BrowserContext, Page } from 'playwright-core';
import type { CreateEventRequest, CreateEventResponse, CreateTableResponse } from '../../shared/api.js';
import { api } from '../helpers/api.js';

export { startAppWithOwnBuild } from './browser.js';

export async function createEvent(
  app: AppProcess,
  request: CreateEventRequest,
): Promise<CreateEventResponse> {
  const res = await api<CreateEventResponse>(app.url, 'POST', '/api/events', request);
  if (res.status !== 201) throw new Error(`create event: ${res.status}`);
  return res.body;
}

export async function createTable(
  app: AppProcess,
  event: CreateEventResponse,
  name: string,
  organisations: string[] = [],
): Promise<CreateTableResponse> {
  const res = await api<CreateTableResponse>(
    app.url,
    'POST',
    `/api/events/${event.eventId}/tables`,
    { name, organisations },
    event.facilitatorToken,
  );
  if (res.status !== 201) throw new Error(`create table: ${res.status}`);
  return res.body;
}

/** A page that records uncaught errors and console errors into `errors`. */
export async function trackedPage(context: BrowserContext, errors: string[], label: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${label} console: ${msg.text()}`);
  });
  return page;
}

/** Opens a link with a token in its fragment, the way a person pastes it (absolute, same origin). */
export function absolute(app: AppProcess, link: string): string {
  return new URL(link, app.url).href;
}

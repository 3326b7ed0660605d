/**
 * Helpers for the table-view browser tests: joining as a tablet, writing notes the way a person
 * does, reading what a facilitator's Node client sees, and searching everything a browser stores
 * (IndexedDB, localStorage, Cache Storage) for a piece of text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CreateEventResponse, CreateTableResponse } from '../../shared/api.js';
import { readNotes, type Note } from '../../shared/docs/table-doc.js';
import { connectYClient, waitSynced, type YClient } from '../../scripts/lib/node-client.js';
import { api } from '../helpers/api.js';

export const TABLET_PORTRAIT = { width: 768, height: 1024 };
export const TABLET_LANDSCAPE = { width: 1024, height: 768 };

export interface TestEvent {
  event: CreateEventResponse;
  tables: CreateTableResponse[];
}

/** Creates an event (AI 4-D workbook) with named tables through the API, as the facilitator would. */
export async function createEvent(
  baseUrl: string,
  opts: { title: string; language?: 'sv' | 'en'; tables: { name: string; organisations: string[] }[] },
): Promise<TestEvent> {
  const created = await api<CreateEventResponse>(baseUrl, 'POST', '/api/events', {
    title: opts.title,
    language: opts.language ?? 'sv',
    organiser: 'Länsstyrelsen',
  });
  if (created.status !== 201) throw new Error(`create event: ${created.status}`);
  const tables: CreateTableResponse[] = [];
  for (const table of opts.tables) {
    const res = await api<CreateTableResponse>(
      baseUrl,
      'POST',
      `/api/events/${created.body.eventId}/tables`,
      table,
      created.body.facilitatorToken,
    );
    if (res.status !== 201) throw new Error(`create table: ${res.status}`);
    tables.push(res.body);
  }
  return { event: created.body, tables };
}

/** A tablet context; every page error is collected so a test can assert there were none. */
export async function newTablet(
  browser: Browser,
  viewport = TABLET_PORTRAIT,
): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const errors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (e) => errors.push(e.message)));
  return { context, errors };
}

/** Opens the table card's QR link (`/join#CODE`) and waits for the table view. */
export async function joinByLink(context: BrowserContext, baseUrl: string, joinCode: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/join#${joinCode}`);
  await page.waitForURL(/\/t\/[a-z0-9]+\/[a-z0-9]+$/);
  await page.locator('#phase-title').waitFor();
  return page;
}

/** Writes a note under the first question of the phase shown, through the add-note form. */
export async function addNote(page: Page, text: string, sectionIndex = 0): Promise<void> {
  const section = page.locator('section.question').nth(sectionIndex);
  const toggle = section.locator('.add-note-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await section.locator('form.add-note textarea').fill(text);
  await section.locator('form.add-note button[type=submit]').click();
  await findNote(page, text);
}

/** The id of the note card whose text (the textarea's value) contains `text`, or null. */
export function noteIdWithText(page: Page, text: string): Promise<string | null> {
  return page.evaluate((needle) => {
    const cards = Array.from(document.querySelectorAll<HTMLElement>('.note-card'));
    const card = cards.find((c) => c.querySelector('textarea')?.value.includes(needle));
    return card?.dataset.noteId ?? null;
  }, text);
}

/** Waits for the note card showing `text`; returns its card and textarea. */
export async function findNote(page: Page, text: string, timeout = 10_000) {
  let id: string | null = null;
  await expect.poll(async () => (id = await noteIdWithText(page, text)), { timeout }).not.toBeNull();
  const card = page.locator(`.note-card[data-note-id="${id}"]`);
  return { id: id!, card, textarea: card.locator('textarea') };
}

/** Every note text the page shows (textarea values), in page order. */
export function shownNoteTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLTextAreaElement>('.note-card textarea')).map((t) => t.value),
  );
}

/** Waits until the header status reads exactly `label` (e.g. "Sparat"). */
export async function waitForStatus(page: Page, label: RegExp | string, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole('status').first().textContent())?.trim() ?? '', { timeout })
    .toMatch(typeof label === 'string' ? new RegExp(`^${label}$`) : label);
}

/** A facilitator's Node client on a table document (read with readNotes). */
export async function facilitatorOnTable(
  appUrl: string,
  event: CreateEventResponse,
  table: CreateTableResponse,
): Promise<YClient> {
  const wsUrl = appUrl.replace(/^http/, 'ws');
  const client = connectYClient(wsUrl, table.docName, event.facilitatorToken);
  await waitSynced(client);
  return client;
}

export function notesOf(client: YClient): Note[] {
  return readNotes(client.doc);
}

/** Where a browser context keeps `marker`: IndexedDB databases/stores, localStorage keys, caches. */
export interface StorageHits {
  indexedDb: string[];
  localStorage: string[];
  cacheStorage: string[];
  /** Names of the IndexedDB databases present (to tell "empty" from "not searched"). */
  databases: string[];
}

export async function findInStorage(page: Page, marker: string): Promise<StorageHits> {
  return page.evaluate(async (needle) => {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const asText = (value: unknown): string => {
      if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) return decoder.decode(value as Uint8Array);
      try {
        return JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? asText(v) : v)) ?? '';
      } catch {
        return String(value);
      }
    };
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const hits: StorageHits = { indexedDb: [], localStorage: [], cacheStorage: [], databases: [] };
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      hits.databases.push(info.name);
      const db = await request(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        const values = await request(tx.objectStore(store).getAll());
        const keys = await request(tx.objectStore(store).getAllKeys());
        if ([...values, ...keys].some((v) => asText(v).includes(needle)))
          hits.indexedDb.push(`${info.name}/${store}`);
      }
      db.close();
    }
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.includes(needle) || (localStorage.getItem(key) ?? '').includes(needle))
        hits.localStorage.push(key);
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const body = await (await cache.match(req))?.text();
        if (req.url.includes(needle) || (body ?? '').includes(needle))
          hits.cacheStorage.push(`${name} ${req.url}`);
      }
    }
    return hits;
  }, marker);
}

/**
 * Records the header status text over time, across reloads (a binding survives navigation): the
 * sequence an offline test checks ("Offline – …" before "Sparat").
 */
export async function recordStatus(context: BrowserContext): Promise<{ atMs: number; text: string }[]> {
  const log: { atMs: number; text: string }[] = [];
  await context.exposeBinding('__recordStatus', (_source, text: string) => {
    if (log[log.length - 1]?.text !== text) log.push({ atMs: Date.now(), text });
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __recordStatus: (text: string) => void };
    const report = () => {
      const el = document.querySelector('[role=status]');
      if (el) w.__recordStatus((el.textContent ?? '').trim());
    };
    new MutationObserver(report).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return log;
}

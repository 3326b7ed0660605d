/**
 * Set-up for the board's browser tests: the app serving a client build of its own (another test
 * rebuilding dist/client cannot pull chunks from under a page), an event with tables created through
 * the HTTP API, notes written by Node table clients the way tablets write them, factors written by a
 * Node facilitator client — and small page helpers. Not a test file itself.
 */
import type { AppProcess } from './browser.js';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import type { CreateEventResponse, CreateTableResponse, JoinResponse } from '../../shared/api.js';
import { createFactor, moveNote, noteRef, setExcerpt, setNarrative } from '../../shared/docs/board-doc.js';
import { readPhases } from '../../shared/docs/event-doc.js';
import { addNote, type NoteKind } from '../../shared/docs/table-doc.js';
import { api } from '../helpers/api.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';

export { NOTE_BANK, SEED_FACTORS, SEED_TABLES } from './board-seed-notes.js';

/** The board's tests run against a client build of their own (see startAppWithOwnBuild). */
export { startAppWithOwnBuild as startBoardApp } from './browser.js';

export interface SeedNote {
  table: number;
  text: string;
  kind?: NoteKind;
  lifted?: boolean;
  /** Index into the event's phases (default 0, Upptäcka). */
  phase?: number;
}

export interface SeedSpec {
  title: string;
  language?: 'sv' | 'en';
  tables: { name: string; organisations: string[] }[];
  notes: SeedNote[];
  factors: { title: string; narrative?: string }[];
  /** note index → factor index, in order (appended). */
  placements?: [number, number][];
  /** note index → excerpt. */
  excerpts?: [number, string][];
}

export interface SeededBoard {
  event: CreateEventResponse;
  tables: (CreateTableResponse & { token: string; client: YClient })[];
  board: YClient;
  refs: string[];
  factorIds: string[];
  boardUrl: string;
  wsUrl: string;
  close(): void;
}

/** Waits until the server holds everything `writer` has: a fresh reader reaches its state vector. */
async function waitStored(wsUrl: string, writer: YClient, docName: string, token: string): Promise<void> {
  const reader = connectYClient(wsUrl, docName, token);
  try {
    const want = Buffer.from(Y.encodeStateVector(writer.doc));
    await waitFor(
      () => Buffer.from(Y.encodeStateVector(reader.doc)).equals(want),
      `${docName} stored`,
      20_000,
    );
  } finally {
    reader.destroy();
  }
}

export async function seedBoard(app: AppProcess, spec: SeedSpec): Promise<SeededBoard> {
  const wsUrl = app.url.replace(/^http/, 'ws');
  const created = await api<CreateEventResponse>(app.url, 'POST', '/api/events', {
    title: spec.title,
    language: spec.language ?? 'sv',
    organiser: 'Länsstyrelsen',
  });
  if (created.status !== 201) throw new Error(`create event: ${created.status}`);
  const event = created.body;
  const token = event.facilitatorToken;

  const tables: SeededBoard['tables'] = [];
  for (const table of spec.tables) {
    const res = await api<CreateTableResponse>(
      app.url,
      'POST',
      `/api/events/${event.eventId}/tables`,
      table,
      token,
    );
    if (res.status !== 201) throw new Error(`create table: ${res.status}`);
    const joined = await api<JoinResponse>(app.url, 'POST', '/api/join', { code: res.body.joinCode });
    if (joined.status !== 200) throw new Error(`join: ${joined.status}`);
    const client = connectYClient(wsUrl, res.body.docName, joined.body.token);
    tables.push({ ...res.body, token: joined.body.token, client });
  }

  const eventClient = connectYClient(wsUrl, `event.${event.eventId}`, token);
  await waitSynced(eventClient);
  const phaseIds = readPhases(eventClient.doc).map((phase) => phase.id);
  eventClient.destroy();

  await Promise.all(tables.map((table) => waitSynced(table.client)));
  const refs = spec.notes.map((n, i) => {
    const table = tables[n.table]!;
    const id = addNote(
      table.client.doc,
      {
        phaseId: phaseIds[n.phase ?? 0]!,
        questionId: null,
        kind: n.kind ?? 'story',
        text: n.text,
        lifted: n.lifted ?? false,
      },
      undefined,
      // Distinct creation times keep the pool's order (newest first) deterministic.
      Date.now() - (spec.notes.length - i) * 1000,
    );
    return noteRef(table.tableId, id);
  });

  const board = connectYClient(wsUrl, `board.${event.eventId}`, token);
  await waitSynced(board);
  const factorIds = spec.factors.map((factor) => {
    const id = createFactor(board.doc, factor.title);
    if (factor.narrative) setNarrative(board.doc, id, factor.narrative);
    return id;
  });
  for (const [note, factor] of spec.placements ?? [])
    moveNote(board.doc, refs[note]!, factorIds[factor]!, null);
  for (const [note, excerpt] of spec.excerpts ?? []) setExcerpt(board.doc, refs[note]!, excerpt);

  await Promise.all([
    waitStored(wsUrl, board, `board.${event.eventId}`, token),
    ...tables.map((table) => waitStored(wsUrl, table.client, table.docName, token)),
  ]);
  return {
    event,
    tables,
    board,
    refs,
    factorIds,
    boardUrl: `${app.url}/f/${event.eventId}/board#${token}`,
    wsUrl,
    close() {
      board.destroy();
      for (const table of tables) table.client.destroy();
    },
  };
}

/** Opens the board and waits until the seeded notes are on it. */
export async function openBoard(page: Page, seed: SeededBoard): Promise<void> {
  await page.goto(seed.boardUrl);
  await page.locator('.board-pool-heading').waitFor();
  await page.locator(`[data-note-ref="${seed.refs[0]}"]`).waitFor({ timeout: 15_000 });
}

export const cardIn = (page: Page, ref: string) => page.locator(`[data-note-ref="${ref}"]`);
export const gripOf = (page: Page, ref: string) => cardIn(page, ref).locator('.board-card-grip');
export const factorBox = (page: Page, factorId: string) => page.locator(`[data-factor-id="${factorId}"]`);
export const poolBox = (page: Page) => page.locator('.board-pool');

/** The refs of the cards in a factor, in the order shown. */
export function refsInFactor(page: Page, factorId: string): Promise<string[]> {
  return factorBox(page, factorId)
    .locator('[data-note-ref]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-note-ref') ?? ''));
}

/** What dnd-kit's live region (the drag announcements) says now. */
export function dndLiveText(page: Page): Promise<string> {
  return page.locator('[id^="DndLiveRegion"]').innerText();
}

/** The note reference of the card holding focus, or null. */
export function focusedRef(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest('[data-note-ref]')?.getAttribute('data-note-ref') ?? null,
  );
}

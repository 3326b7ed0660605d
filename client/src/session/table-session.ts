/**
 * A tablet's membership of a table, kept in localStorage so a reload (even offline) rejoins without
 * typing the code again. Storage is passed in so the logic is testable without a browser.
 */
import type { Language } from '../../../shared/api.js';
import type { DocGrant } from '../../../shared/protocol.js';

export interface TableSession {
  token: string;
  grants: DocGrant[];
  eventId: string;
  tableId: string;
  tableName: string;
  language: Language;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const LAST_TABLE_KEY = 'dialogdag:last-table';
const sessionKey = (eventId: string, tableId: string) => `dialogdag:table:${eventId}:${tableId}`;

export function saveTableSession(storage: KeyValueStorage, session: TableSession): void {
  storage.setItem(sessionKey(session.eventId, session.tableId), JSON.stringify(session));
  storage.setItem(LAST_TABLE_KEY, JSON.stringify({ eventId: session.eventId, tableId: session.tableId }));
}

export function loadTableSession(
  storage: KeyValueStorage,
  eventId: string,
  tableId: string,
): TableSession | null {
  const session = parseSession(storage.getItem(sessionKey(eventId, tableId)));
  return session && session.eventId === eventId && session.tableId === tableId ? session : null;
}

/** The table this device joined most recently, for "Fortsätt vid …" on the start page. */
export function lastTableSession(storage: KeyValueStorage): TableSession | null {
  const last = parseJson(storage.getItem(LAST_TABLE_KEY));
  if (!isRecord(last) || typeof last.eventId !== 'string' || typeof last.tableId !== 'string') return null;
  return loadTableSession(storage, last.eventId, last.tableId);
}

export function clearTableSession(storage: KeyValueStorage, eventId: string, tableId: string): void {
  storage.removeItem(sessionKey(eventId, tableId));
  const last = parseJson(storage.getItem(LAST_TABLE_KEY));
  if (isRecord(last) && last.eventId === eventId && last.tableId === tableId)
    storage.removeItem(LAST_TABLE_KEY);
}

/** Checks the stored shape: an old or hand-edited entry reads as "not joined", never as a crash. */
function parseSession(raw: string | null): TableSession | null {
  const value = parseJson(raw);
  if (!isRecord(value)) return null;
  const { token, grants, eventId, tableId, tableName, language } = value;
  if (typeof token !== 'string' || typeof eventId !== 'string' || typeof tableId !== 'string') return null;
  if (!Array.isArray(grants) || !grants.every(isGrant)) return null;
  return {
    token,
    grants,
    eventId,
    tableId,
    tableName: typeof tableName === 'string' ? tableName : '',
    language: language === 'en' ? 'en' : 'sv',
  };
}

function isGrant(value: unknown): value is DocGrant {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.generation === 'string' &&
    (value.access === 'read' || value.access === 'write') &&
    (value.kind === 'event' || value.kind === 'table' || value.kind === 'board')
  );
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

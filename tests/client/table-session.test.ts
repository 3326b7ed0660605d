import { describe, expect, it } from 'vitest';
import {
  clearTableSession,
  lastTableSession,
  loadTableSession,
  saveTableSession,
  type TableSession,
} from '../../client/src/session/table-session.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const session: TableSession = {
  token: 'tok',
  eventId: 'aaaaaaaaaaaa',
  tableId: 'bbbbbbbb',
  tableName: 'Bord 1',
  language: 'sv',
  grants: [
    { name: 'event.aaaaaaaaaaaa', kind: 'event', access: 'read', generation: 'g1' },
    {
      name: 'table.aaaaaaaaaaaa.bbbbbbbb',
      kind: 'table',
      access: 'write',
      generation: 'g1',
      tableId: 'bbbbbbbb',
    },
  ],
};

describe('table session storage', () => {
  it('a saved session is read back for its own table, and is the last table joined', () => {
    const storage = memoryStorage();
    saveTableSession(storage, session);
    expect(loadTableSession(storage, session.eventId, session.tableId)).toEqual(session);
    expect(loadTableSession(storage, session.eventId, 'cccccccc')).toBeNull();
    expect(lastTableSession(storage)).toEqual(session);
  });

  it('clearing removes the session and the "last table" pointer to it', () => {
    const storage = memoryStorage();
    saveTableSession(storage, session);
    clearTableSession(storage, session.eventId, session.tableId);
    expect(loadTableSession(storage, session.eventId, session.tableId)).toBeNull();
    expect(lastTableSession(storage)).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('a corrupt or hand-edited entry reads as "not joined", never as a crash', () => {
    const storage = memoryStorage();
    const key = `dialogdag:table:${session.eventId}:${session.tableId}`;
    for (const raw of ['{', 'null', '"x"', JSON.stringify({ ...session, grants: [{ name: 1 }] })]) {
      storage.setItem(key, raw);
      expect(loadTableSession(storage, session.eventId, session.tableId), raw).toBeNull();
    }
  });
});

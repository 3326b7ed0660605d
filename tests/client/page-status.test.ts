import { describe, expect, it } from 'vitest';
import { statusLabel } from '../../client/src/app/status-label.js';
import { sv } from '../../client/src/i18n/sv.js';
import {
  ATTEMPTS_BEFORE_OFFLINE,
  derivePageStatus,
  type DocSyncState,
} from '../../client/src/state/page-status.js';

function doc(patch: Partial<DocSyncState> = {}): DocSyncState {
  return {
    key: 'table.aaaaaaaaaaaa.bbbbbbbb:g1',
    name: 'table.aaaaaaaaaaaa.bbbbbbbb',
    writable: true,
    connection: 'connected',
    synced: true,
    everSynced: true,
    loaded: true,
    failedAttempts: 0,
    pending: 0,
    closedWith: null,
    ...patch,
  };
}

describe('page status', () => {
  it('is "saved" only when every writable doc is synced and has nothing pending', () => {
    expect(derivePageStatus([doc()], [], true).status).toBe('saved');
    expect(derivePageStatus([doc({ pending: 1 })], [], true)).toMatchObject({
      status: 'syncing',
      pending: 1,
    });
    expect(derivePageStatus([doc(), doc({ key: 'x', synced: false })], [], true).status).toBe('syncing');
  });

  it('adds up pending changes over writable documents only', () => {
    const view = derivePageStatus(
      [doc({ pending: 2 }), doc({ key: 'b', pending: 3 }), doc({ key: 'r', writable: false, pending: 9 })],
      [],
      true,
    );
    expect(view.pending).toBe(5);
  });

  it('says "connecting" for the first attempts and "offline" after several failures', () => {
    const first = doc({ connection: 'connecting', synced: false, everSynced: false, failedAttempts: 1 });
    expect(derivePageStatus([first], [], true)).toMatchObject({
      status: 'connecting',
      reconnecting: false,
    });
    const dropped = doc({ connection: 'disconnected', synced: false, failedAttempts: 1 });
    expect(derivePageStatus([dropped], [], true)).toMatchObject({
      status: 'connecting',
      reconnecting: true,
    });
    const failing = doc({ connection: 'connecting', synced: false, failedAttempts: ATTEMPTS_BEFORE_OFFLINE });
    expect(derivePageStatus([failing], [], true).status).toBe('offline');
  });

  it('says "offline" at once when the browser knows it has no network', () => {
    const first = doc({ connection: 'connecting', synced: false, everSynced: false });
    expect(derivePageStatus([first], [], false).status).toBe('offline');
  });

  it('an error wins over everything, the most serious kind first', () => {
    const view = derivePageStatus(
      [doc({ closedWith: 'generation' }), doc({ key: 'b', closedWith: 'auth' })],
      [],
      true,
    );
    expect(view).toMatchObject({ status: 'error', errorKind: 'auth' });
    expect(derivePageStatus([], ['unavailable'], true)).toMatchObject({
      status: 'error',
      errorKind: 'unavailable',
    });
  });

  it('has no status while no document is open', () => {
    expect(derivePageStatus([], [], true).status).toBeNull();
  });

  it('reads as words: "Sparat" for writers, "Ansluten" for read-only pages, counts while offline', () => {
    expect(statusLabel(derivePageStatus([doc()], [], true), sv)).toBe('Sparat');
    expect(statusLabel(derivePageStatus([doc({ writable: false })], [], true), sv)).toBe('Ansluten');
    const offline = derivePageStatus(
      [doc({ connection: 'disconnected', pending: 2, failedAttempts: 5 })],
      [],
      true,
    );
    expect(statusLabel(offline, sv)).toBe('Offline – 2 ändringar sparas på enheten');
    const refused = derivePageStatus([doc({ closedWith: 'auth' })], [], true);
    expect(statusLabel(refused, sv)).toMatch(/^Din inbjudan gäller inte längre/);
  });
});

/**
 * The one connection status a page shows, derived from the state of every document it has open.
 *
 * Pure so it can be tested without a browser: the rules for "Sparat" live here and nowhere else.
 */

/** Why the page cannot go on syncing; each kind is explained in words by the status element. */
export type ErrorKind =
  /** The token was refused (4401/4403, or the session request said 401/403/404). */
  | 'auth'
  /** The document or its event was deleted (4404). */
  | 'gone'
  /** The server holds another generation of a document; the local copy was dropped and grants reload. */
  | 'generation'
  /** The server closed the connection for a reason a reconnect cannot fix (4400, 4413, …). */
  | 'protocol'
  /** The page could not load what it needs from the HTTP API. */
  | 'unavailable';

export type DocConnection = 'connecting' | 'connected' | 'disconnected';

/** What the sync layer reports about one open document. */
export interface DocSyncState {
  /** `${name}:${generation}` — two generations of one doc may be open for a moment during a reload. */
  key: string;
  name: string;
  /** Only documents this page writes can have pending changes. */
  writable: boolean;
  connection: DocConnection;
  /** Sync step 2 from the server arrived on the current connection. */
  synced: boolean;
  /** A connection synced at least once since the document was opened. */
  everSynced: boolean;
  /** Content is there to show: the server synced once, or the local copy finished loading. */
  loaded: boolean;
  /** Connections closed since the last one that synced. */
  failedAttempts: number;
  /** Local changes not yet covered by what the server stored. */
  pending: number;
  /** Set when the server closed the connection for good. */
  closedWith: ErrorKind | null;
}

export type PageStatus = 'connecting' | 'offline' | 'syncing' | 'saved' | 'error';

export interface PageStatusView {
  /** Null while the page has no document open (nothing to report). */
  status: PageStatus | null;
  /** Local changes waiting for the server, over all writable documents. */
  pending: number;
  errorKind: ErrorKind | null;
  /** The page writes nothing: "Sparat" would be meaningless, so the element says "Ansluten". */
  readOnly: boolean;
  /** Connecting again after having been connected (shown as "Återansluter…"). */
  reconnecting: boolean;
}

/**
 * Failed connection attempts before "connecting" turns into "offline". y-websocket backs off
 * 200, 400, 800 ms…, so three attempts are about 1.5 s: a server restart (1012) reads as a brief
 * "Återansluter…", a dead network soon reads as offline.
 */
export const ATTEMPTS_BEFORE_OFFLINE = 3;

const ERROR_PRIORITY: readonly ErrorKind[] = ['auth', 'gone', 'protocol', 'unavailable', 'generation'];

export function derivePageStatus(
  docs: readonly DocSyncState[],
  pageErrors: readonly ErrorKind[],
  browserOnline: boolean,
): PageStatusView {
  const writable = docs.filter((d) => d.writable);
  const pending = writable.reduce((sum, d) => sum + d.pending, 0);
  const readOnly = writable.length === 0;
  const closedKinds = new Set(docs.map((d) => d.closedWith).filter((k): k is ErrorKind => k !== null));
  for (const kind of pageErrors) closedKinds.add(kind);
  const errorKind = ERROR_PRIORITY.find((k) => closedKinds.has(k)) ?? null;
  const base = { pending, readOnly, errorKind, reconnecting: false };
  if (errorKind) return { ...base, status: 'error' };
  if (docs.length === 0) return { ...base, status: null };

  const notConnected = docs.filter((d) => d.connection !== 'connected');
  if (notConnected.length > 0) {
    const offline = !browserOnline || notConnected.some((d) => d.failedAttempts >= ATTEMPTS_BEFORE_OFFLINE);
    const reconnecting = notConnected.some((d) => d.everSynced);
    return { ...base, reconnecting, status: offline ? 'offline' : 'connecting' };
  }
  // "Sparat" only when every local change is covered by the durable state vector (pending 0)
  // and every document has finished its initial exchange with the server.
  if (pending > 0 || docs.some((d) => !d.synced)) return { ...base, status: 'syncing' };
  return { ...base, status: 'saved' };
}

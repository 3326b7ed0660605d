/**
 * Read access to a document's awareness (presence) for UI code, as plain objects: who else has the
 * document open right now, and who left recently. Also lets a page say what it is in its own state,
 * so other clients can tell, say, a facilitator's console from a tablet at the table.
 *
 * Awareness is unauthenticated and best effort (the server pins one clientID per connection and
 * removes a connection's state when its socket closes), so these are hints for a display, never a
 * basis for permissions.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { SyncedDoc } from './synced-doc.js';

/** One other client with the document open. */
export interface AwarenessPeer {
  clientId: number;
  /** A copy of its published state (whatever it chose to publish; `{}` is y-websocket's default). */
  state: Readonly<Record<string, unknown>>;
  /** When this device last heard from it (its state renews about every 15 s while connected). */
  lastSeenMs: number;
  /** When this device first saw it (this page's lifetime; a client seen at load counts from load). */
  sinceMs: number;
}

/** A client whose state was removed: it closed the page, or the server saw its socket close. */
export interface DepartedPeer {
  clientId: number;
  /** Its last state before it left. */
  state: Readonly<Record<string, unknown>>;
  leftAtMs: number;
}

export interface AwarenessView {
  /** Other clients, in clientId order (stable between renders). */
  peers: AwarenessPeer[];
  /** The most recent departures, newest first (bounded). */
  departed: DepartedPeer[];
}

const DEPARTED_KEPT = 20;
const EMPTY_VIEW: AwarenessView = { peers: [], departed: [] };

/**
 * The awareness instance of an open document (`SyncedDoc#awareness`). Looked up tolerantly, so a
 * test double or an older SyncedDoc without the accessor reads as "no presence", not a crash.
 */
export function awarenessOf(synced: SyncedDoc): Awareness | null {
  const awareness: unknown = (synced as { awareness?: unknown }).awareness;
  if (typeof awareness !== 'object' || awareness === null) return null;
  return typeof (awareness as Awareness).getStates === 'function' ? (awareness as Awareness) : null;
}

interface ViewStore {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => AwarenessView;
}

// One store per awareness instance, shared by every component showing it, so departures are recorded
// once, even while no component happens to be subscribed.
const stores = new WeakMap<Awareness, ViewStore>();

function storeFor(awareness: Awareness): ViewStore {
  const existing = stores.get(awareness);
  if (existing) return existing;
  const listeners = new Set<() => void>();
  let departed: DepartedPeer[] = [];
  let lastKnown = new Map<number, Readonly<Record<string, unknown>>>();
  const firstSeen = new Map<number, number>();
  let snapshot = EMPTY_VIEW;

  const rebuild = () => {
    const now = Date.now();
    const peers: AwarenessPeer[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      if (!firstSeen.has(clientId)) firstSeen.set(clientId, now);
      peers.push({
        clientId,
        state: { ...(state as Record<string, unknown>) },
        lastSeenMs: awareness.meta.get(clientId)?.lastUpdated ?? now,
        sinceMs: firstSeen.get(clientId)!,
      });
    });
    peers.sort((a, b) => a.clientId - b.clientId);
    snapshot = { peers, departed };
  };

  const onUpdate = ({ removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const now = Date.now();
    const left = removed
      .filter((id) => id !== awareness.clientID && lastKnown.has(id))
      .map((id) => ({ clientId: id, state: lastKnown.get(id)!, leftAtMs: now }));
    if (left.length > 0) departed = [...left, ...departed].slice(0, DEPARTED_KEPT);
    for (const id of removed) firstSeen.delete(id);
    rebuild();
    lastKnown = new Map(snapshot.peers.map((peer) => [peer.clientId, peer.state]));
    for (const listener of listeners) listener();
  };

  awareness.on('update', onUpdate);
  awareness.on('destroy', () => awareness.off('update', onUpdate));
  rebuild();
  lastKnown = new Map(snapshot.peers.map((peer) => [peer.clientId, peer.state]));
  const store: ViewStore = {
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => snapshot,
  };
  stores.set(awareness, store);
  return store;
}

const noSubscription = () => () => {};
const emptyView = () => EMPTY_VIEW;

/** The other clients on an open document, re-rendering when any of them joins, renews or leaves. */
export function useAwarenessView(synced: SyncedDoc | null): AwarenessView {
  const store = useMemo(() => {
    const awareness = synced ? awarenessOf(synced) : null;
    return awareness ? storeFor(awareness) : null;
  }, [synced]);
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? emptyView);
}

/**
 * Publishes this page's own state on an open document (e.g. `{ role: 'facilitator' }`), or none at
 * all with `null`. Pass a stable value (a module constant), since a new object re-publishes.
 */
export function usePublishedState(
  synced: SyncedDoc | null,
  state: Readonly<Record<string, unknown>> | null,
): void {
  useEffect(() => {
    const awareness = synced ? awarenessOf(synced) : null;
    if (!awareness) return;
    awareness.setLocalState(state === null ? null : { ...state });
  }, [synced, state]);
}

/**
 * `usePublishedState` for a list of open documents (e.g. every table document a board opens), in one
 * effect. A console or board that opens table documents should publish `{ role: 'facilitator' }` (or
 * `'board'`, `'projector'`) or `null` there: the console's table tiles count every other state as a
 * tablet, and y-websocket's default state is `{}`.
 */
export function usePublishedStates(
  synceds: readonly (SyncedDoc | null)[],
  state: Readonly<Record<string, unknown>> | null,
): void {
  const key = synceds.map((synced) => synced?.key ?? '').join(' ');
  useEffect(() => {
    for (const synced of synceds) {
      const awareness = synced ? awarenessOf(synced) : null;
      awareness?.setLocalState(state === null ? null : { ...state });
    }
    // `key` stands for the list: a new array with the same documents must not re-publish.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, state]);
}

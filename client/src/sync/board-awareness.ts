/**
 * Presence on the board (DESIGN §3.4: presence lives in awareness, not in the document): each
 * facilitator publishes `{ name?, dragging: noteRef | null }` on the board document's awareness, so
 * co-facilitators see who is moving which note. Small and rare: a drag publishes twice (pick up and
 * drop), throttled so a burst of drags stays far below the server's awareness rate limit.
 *
 * Awareness is unauthenticated, so what peers publish is read tolerantly and only ever shown as a
 * hint — never trusted as a lock.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { awarenessOf, useAwarenessView } from './awareness-view.js';
import type { SyncedDoc } from './synced-doc.js';

/** At most one presence update per this interval (the server drops more than 10 per second). */
export const PRESENCE_MIN_INTERVAL_MS = 150;
const MAX_NAME_LENGTH = 40;
const MAX_REF_LENGTH = 80;

/** What a facilitator publishes on the board. */
export interface BoardPresence {
  name: string | null;
  /** The note reference being dragged, or null. */
  dragging: string | null;
}

/** Another facilitator on the board. */
export interface BoardPeer extends BoardPresence {
  clientId: number;
}

/** Reads a peer's published state; anything malformed reads as "no name, not dragging". */
export function readBoardPresence(state: Readonly<Record<string, unknown>>): BoardPresence {
  const name = typeof state.name === 'string' ? state.name.trim().slice(0, MAX_NAME_LENGTH) : '';
  const dragging =
    typeof state.dragging === 'string' && state.dragging.length <= MAX_REF_LENGTH ? state.dragging : null;
  return { name: name || null, dragging };
}

/** The other facilitators on the board (clients that published board presence), in clientId order. */
export function useBoardPeers(synced: SyncedDoc | null): BoardPeer[] {
  const { peers } = useAwarenessView(synced);
  return useMemo(
    () =>
      peers
        .filter((peer) => 'dragging' in peer.state || 'name' in peer.state)
        .map((peer) => ({ clientId: peer.clientId, ...readBoardPresence(peer.state) })),
    [peers],
  );
}

/**
 * Publishes presence with a minimum interval between updates; the latest value always goes out
 * (trailing edge), so a quick pick-up-and-drop still ends as "not dragging".
 */
export class PresencePublisher {
  private latest: BoardPresence = { name: null, dragging: null };
  private lastSentMs = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly awareness: Pick<Awareness, 'getLocalState' | 'setLocalState'>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  set(patch: Partial<BoardPresence>): void {
    this.latest = { ...this.latest, ...patch };
    if (this.timer) return;
    const wait = this.lastSentMs + PRESENCE_MIN_INTERVAL_MS - this.now();
    if (wait <= 0) this.send();
    else this.timer = setTimeout(() => this.send(), wait);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): void {
    this.timer = null;
    this.lastSentMs = this.now();
    // One update carrying both fields (two setLocalStateField calls would send two messages); other
    // fields another part of the page published are kept.
    const { name: _name, ...rest } = this.awareness.getLocalState() ?? {};
    const name = this.latest.name ? { name: this.latest.name } : {};
    this.awareness.setLocalState({ ...rest, ...name, dragging: this.latest.dragging });
  }
}

/**
 * Publishes this facilitator's presence on the board; returns a stable function that announces the
 * note being dragged (null when the drag ends).
 */
export function useBoardPresence(synced: SyncedDoc | null, name: string): (dragging: string | null) => void {
  const publisher = useRef<PresencePublisher | null>(null);
  useEffect(() => {
    const awareness = synced ? awarenessOf(synced) : null;
    if (!awareness) return;
    const created = new PresencePublisher(awareness);
    publisher.current = created;
    created.set({ dragging: null });
    return () => {
      created.destroy();
      if (publisher.current === created) publisher.current = null;
    };
  }, [synced]);
  useEffect(() => publisher.current?.set({ name: name.trim() || null }), [name, synced]);
  return useMemo(() => (dragging: string | null) => publisher.current?.set({ dragging }), []);
}

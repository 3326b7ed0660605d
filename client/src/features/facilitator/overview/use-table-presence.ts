/**
 * Everything a tile needs about one table's document, live: its notes, how many tablets have it open
 * (awareness states that are not a facilitator's or projector's), when the console last heard from
 * them, and whether the console's own connection is up — without which "no tablet" means nothing.
 */
import { readNotes, type Note } from '../../../../../shared/docs/table-doc.js';
import type { DocGrant } from '../../../../../shared/protocol.js';
import { useConnectionStore } from '../../../state/connection-store.js';
import { useAwarenessView, usePublishedState } from '../../../sync/awareness-view.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../../sync/use-synced-doc.js';
import { isTabletState, lastActivityMs, lastContactMs } from '../table-activity.js';

/** What the console publishes on every table document: tablets may show it, tiles don't count it. */
export const FACILITATOR_PRESENCE = Object.freeze({ role: 'facilitator' });

const NO_NOTES: Note[] = [];

export interface TablePresence {
  notes: Note[];
  loaded: boolean;
  consoleSynced: boolean;
  tablets: number;
  everUsed: boolean;
  /** Newest note change (for display). */
  lastActivityMs: number | null;
  /** Newest note change or tablet arrival (for telling active from quiet). */
  activitySinceMs: number | null;
  lastContactMs: number | null;
}

export function useTablePresence(grant: DocGrant | null, token: string, nowMs: number): TablePresence {
  const synced = useSyncedDoc(grant, token);
  usePublishedState(synced, FACILITATOR_PRESENCE);
  const notes = useDocSnapshot(synced?.doc, readNotes) ?? NO_NOTES;
  const loaded = useDocLoaded(synced);
  const consoleSynced = useConnectionStore((s) => {
    const state = synced ? s.docs[synced.key] : undefined;
    return state?.connection === 'connected' && state.synced;
  });
  const { peers, departed } = useAwarenessView(synced);
  const tablets = peers.filter((peer) => isTabletState(peer.state));
  const tabletsLeft = departed.filter((peer) => isTabletState(peer.state));
  // A tablet joining counts as activity: a table that just sat down is not "quiet" yet.
  const noteActivity = lastActivityMs(notes, nowMs);
  const joined = tablets.length > 0 ? Math.max(...tablets.map((peer) => peer.sinceMs)) : null;
  const activity =
    joined === null || (noteActivity !== null && noteActivity > joined) ? noteActivity : joined;
  return {
    notes,
    loaded,
    consoleSynced,
    tablets: tablets.length,
    everUsed: notes.length > 0 || tablets.length > 0 || tabletsLeft.length > 0,
    lastActivityMs: noteActivity,
    activitySinceMs: activity,
    lastContactMs: lastContactMs(
      tablets.map((peer) => peer.lastSeenMs),
      tabletsLeft.map((peer) => peer.leftAtMs),
      noteActivity,
    ),
  };
}

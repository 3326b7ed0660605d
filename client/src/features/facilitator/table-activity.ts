/**
 * What a table's tile in the live overview says, as pure rules: how many tablets are connected, how
 * its notes spread over the phases, when it last did something — and, above all, whether a silent
 * table is quiet (tablets connected, nobody writing) or disconnected (no tablet connected).
 */
import type { Phase } from '../../../../shared/docs/event-doc.js';
import type { Note } from '../../../../shared/docs/table-doc.js';

/** A table with tablets connected but no note written or changed for this long is "quiet". */
export const QUIET_AFTER_MS = 5 * 60_000;

/** Roles other pages publish in awareness; any other state on a table document is a tablet. */
const NON_TABLET_ROLES = new Set(['facilitator', 'projector', 'board']);

export type TileState =
  /** The console's own connection to the table's document is not up: presence cannot be known. */
  | 'unknown'
  /** Not yet loaded. */
  | 'loading'
  /** No tablet has joined (no notes, none seen). */
  | 'waiting'
  /** Tablets connected, recent activity. */
  | 'active'
  /** Tablets connected, no activity for QUIET_AFTER_MS. */
  | 'quiet'
  /** No tablet connected, though the table has been in use. */
  | 'disconnected';

/** Whether an awareness state on a table document belongs to a tablet (see NON_TABLET_ROLES). */
export function isTabletState(state: Readonly<Record<string, unknown>>): boolean {
  const role = state.role;
  return !(typeof role === 'string' && NON_TABLET_ROLES.has(role));
}

export interface TileInput {
  /** The console's connection to this table document is open and synced. */
  consoleSynced: boolean;
  /** The document's content is there (synced once). */
  loaded: boolean;
  tabletsConnected: number;
  /** Notes exist, or a tablet was seen during this session. */
  everUsed: boolean;
  lastActivityMs: number | null;
  nowMs: number;
}

export function tileState(input: TileInput): TileState {
  if (!input.loaded) return 'loading';
  if (!input.consoleSynced) return 'unknown';
  if (input.tabletsConnected === 0) return input.everUsed ? 'disconnected' : 'waiting';
  if (input.lastActivityMs === null || input.nowMs - input.lastActivityMs >= QUIET_AFTER_MS) return 'quiet';
  return 'active';
}

/**
 * The newest moment a note was written or changed, by the tablets' clocks; null without notes.
 * A tablet clock ahead of ours is capped at `nowMs`, so "in 3 minutes" never shows.
 */
export function lastActivityMs(notes: readonly Note[], nowMs: number): number | null {
  let newest: number | null = null;
  for (const note of notes) {
    const at = Math.max(note.createdAtMs, note.updatedAtMs);
    if (at > 0 && (newest === null || at > newest)) newest = at;
  }
  return newest === null ? null : Math.min(newest, nowMs);
}

export interface PhaseCount {
  phaseId: string | null;
  title: string;
  count: number;
}

/**
 * Notes per phase in the workbook's order, phases without notes included; notes of a phase that no
 * longer exists are counted under `null` (shown as "other"), last.
 */
export function notesPerPhase(notes: readonly Note[], phases: readonly Phase[]): PhaseCount[] {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note.phaseId, (counts.get(note.phaseId) ?? 0) + 1);
  const result: PhaseCount[] = phases.map((phase) => ({
    phaseId: phase.id,
    title: phase.title,
    count: counts.get(phase.id) ?? 0,
  }));
  const known = new Set(phases.map((phase) => phase.id));
  let other = 0;
  for (const [phaseId, count] of counts) if (!known.has(phaseId)) other += count;
  if (other > 0) result.push({ phaseId: null, title: '', count: other });
  return result;
}

/**
 * When the console last heard from the table's tablets: the newest presence renewal of a connected
 * tablet, or the moment the last one left; never earlier than its newest note (a note that reached
 * us was synced after it was written).
 */
export function lastContactMs(
  connectedSeenMs: readonly number[],
  departedAtMs: readonly number[],
  activityMs: number | null,
): number | null {
  const all = [...connectedSeenMs, ...departedAtMs, ...(activityMs === null ? [] : [activityMs])];
  return all.length === 0 ? null : Math.max(...all);
}

/**
 * The board's local UI state (DESIGN §3.4: shared data in Yjs, presence in awareness, local UI here):
 * the drag in progress, the pool's filters, which card's menu is open, where focus goes after a move,
 * and the name this facilitator shows to co-facilitators.
 *
 * A drag lives only here until the drop: the document is written once, on drop (DESIGN §3.5), so an
 * Escape has nothing to undo. Components read single fields through selectors, so a change re-renders
 * only the cards it concerns (`s.dropTarget?.beforeRef === ref`).
 */
import { create } from 'zustand';
import type { NoteKind } from '../../../shared/docs/table-doc.js';

/** Where a note would land: a factor (null = the pool), before a note of it (null = at the end). */
export interface DropTarget {
  factorId: string | null;
  beforeRef: string | null;
}

export interface PoolFilters {
  phaseId: string | null;
  tableId: string | null;
  kind: NoteKind | null;
  liftedOnly: boolean;
  search: string;
}

/** A card's open panel: the "Move to…" menu, the excerpt editor or the "Similar notes" dialog. */
export interface OpenPanel {
  kind: 'move' | 'excerpt' | 'similar';
  ref: string;
}

/** How many pool cards are shown at first, and how many more each "show more" adds. */
export const POOL_PAGE_SIZE = 40;

const NAME_KEY = 'dialogdag:board-name';

export const NO_FILTERS: PoolFilters = {
  phaseId: null,
  tableId: null,
  kind: null,
  liftedOnly: false,
  search: '',
};

interface BoardUiState {
  /** The note being dragged (pointer or keyboard), or null. */
  activeRef: string | null;
  /** Where it would land if dropped now. */
  dropTarget: DropTarget | null;
  /** The note whose card takes focus once it has rendered in its new place. */
  pendingFocus: string | null;
  filters: PoolFilters;
  poolLimit: number;
  /** factorId → how many of its notes must be rendered at least (see use-growing-list.ts). */
  revealed: Readonly<Record<string, number>>;
  openPanel: OpenPanel | null;
  /** Shown to co-facilitators beside the note this person drags; empty = anonymous. */
  displayName: string;
  /** noteRef → name of the co-facilitator dragging it (from awareness; see PresenceBar). */
  remoteDrags: Readonly<Record<string, string>>;
  /** The latest sentence for the board's own live region (moves by menu, merges, undo…). */
  announcement: string;

  startDrag: (ref: string) => void;
  setDropTarget: (target: DropTarget | null) => void;
  endDrag: () => void;
  focusNote: (ref: string | null) => void;
  setFilters: (patch: Partial<PoolFilters>) => void;
  showMorePool: () => void;
  /** Makes the pool show at least `count` cards (to reveal a note that has just moved there). */
  revealPool: (count: number) => void;
  /** Makes a factor's list render at least `count` notes (focus or a keyboard cursor goes there). */
  revealInFactor: (factorId: string, count: number) => void;
  togglePanel: (panel: OpenPanel | null) => void;
  setDisplayName: (name: string) => void;
  setRemoteDrags: (drags: Readonly<Record<string, string>>) => void;
  announce: (text: string) => void;
  /** Back to a fresh board (another event's board opened). */
  reset: () => void;
}

function rememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(NAME_KEY) ?? '';
  } catch {
    // Storage can throw in privacy modes: anonymous until the person types a name.
    return '';
  }
}

/** The state of a board just opened; `reset` returns to it (the display name stays). */
const FRESH_BOARD = {
  activeRef: null,
  dropTarget: null,
  pendingFocus: null,
  filters: NO_FILTERS,
  poolLimit: POOL_PAGE_SIZE,
  revealed: {},
  openPanel: null,
  remoteDrags: {},
  announcement: '',
} satisfies Partial<BoardUiState>;

export const useBoardUiStore = create<BoardUiState>()((set) => ({
  ...FRESH_BOARD,
  displayName: rememberedName(),

  startDrag: (ref) => set({ activeRef: ref, dropTarget: null, openPanel: null }),
  setDropTarget: (target) =>
    set((s) =>
      s.dropTarget?.factorId === target?.factorId && s.dropTarget?.beforeRef === target?.beforeRef
        ? s
        : { dropTarget: target },
    ),
  endDrag: () => set({ activeRef: null, dropTarget: null }),
  focusNote: (ref) => set({ pendingFocus: ref }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch }, poolLimit: POOL_PAGE_SIZE })),
  showMorePool: () => set((s) => ({ poolLimit: s.poolLimit + POOL_PAGE_SIZE })),
  revealPool: (count) => set((s) => (s.poolLimit >= count ? s : { poolLimit: count })),
  revealInFactor: (factorId, count) =>
    set((s) =>
      (s.revealed[factorId] ?? 0) >= count ? s : { revealed: { ...s.revealed, [factorId]: count } },
    ),
  togglePanel: (panel) =>
    set((s) =>
      panel && s.openPanel?.kind === panel.kind && s.openPanel.ref === panel.ref
        ? { openPanel: null }
        : { openPanel: panel },
    ),
  setDisplayName: (name) => {
    try {
      globalThis.localStorage?.setItem(NAME_KEY, name);
    } catch {
      // Not remembered on this device; it still applies to this visit.
    }
    set({ displayName: name });
  },
  // Replaced only when it differs, so a presence renewal re-renders no card.
  setRemoteDrags: (drags) =>
    set((s) => {
      const before = Object.entries(s.remoteDrags);
      const same =
        before.length === Object.keys(drags).length && before.every(([ref, name]) => drags[ref] === name);
      return same ? s : { remoteDrags: drags };
    }),
  // The same sentence twice (two moves to the same factor) must be announced twice: a live region
  // speaks only when its text changes, so a repeat alternates a trailing no-break space.
  announce: (text) => set((s) => ({ announcement: s.announcement === text ? `${text}\u00a0` : text })),
  reset: () => set(FRESH_BOARD),
}));

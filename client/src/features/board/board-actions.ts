/**
 * Every write the board makes, in one place: each is one typed op of shared/docs/board-doc (one
 * transaction, `Origin.local`, so the undo history has it), fenced by undo boundaries so a move is
 * its own undo step, followed by an announcement and — for moves — focus on the moved note.
 *
 * Components get the actions from context; the object is created once per board, reading the latest
 * model and dictionary through getters, so handing it down never re-renders a card.
 */
import { createContext, useContext, useMemo } from 'react';
import {
  createFactor,
  createFactorWithNotes,
  deleteFactor,
  mergeFactors,
  moveFactor,
  moveNote,
  setExcerpt,
} from '../../../../shared/docs/board-doc.js';
import type { Dictionary } from '../../i18n/index.js';
import { useBoardUiStore, type DropTarget } from '../../state/board-ui-store.js';
import type { YDoc } from '../../sync/types.js';
import type { LocalUndo } from '../../sync/undo.js';
import { factorLabel, movedMessage, shortText } from './announcements.js';
import type { BoardModel } from './board-model.js';
import { isSamePlace } from './drop-targets.js';

export interface BoardActions {
  /**
   * Moves a note (one write of its placement register) and puts focus on it in its new place.
   * Returns the sentence that describes the result; `announce` also speaks it in the board's own
   * live region (drags are spoken by dnd-kit's).
   */
  moveNote: (ref: string, target: DropTarget, announce: boolean) => string;
  createFactor: (title: string) => void;
  /** Creates a factor holding `refs` (an accepted suggested group), as one undo step. */
  createFactorWithNotes: (title: string, refs: readonly string[]) => void;
  deleteFactor: (factorId: string) => void;
  mergeFactors: (fromId: string, intoId: string) => void;
  moveFactor: (factorId: string, step: -1 | 1) => void;
  setExcerpt: (ref: string, excerpt: string | null) => void;
  undo: () => void;
  redo: () => void;
}

interface ActionSources {
  doc: YDoc;
  undo: LocalUndo | null;
  model: () => BoardModel;
  t: () => Dictionary;
}

/** The marks the benchmark reads: from just before the write to the next frame (the re-render). */
function measureDrop(write: () => void): void {
  performance.mark('board:drop:start');
  write();
  requestAnimationFrame(() => {
    performance.mark('board:drop:end');
    performance.measure('board:drop', 'board:drop:start', 'board:drop:end');
  });
}

export function createBoardActions({ doc, undo, model, t }: ActionSources): BoardActions {
  const ui = () => useBoardUiStore.getState();
  // A discrete action is its own undo step, never merged with typing just before or after it.
  const step = (write: () => void) => {
    undo?.boundary();
    write();
    undo?.boundary();
  };
  return {
    moveNote: (ref, target, announce) => {
      const before = model();
      const message = movedMessage(t(), before, ref, target);
      if (!isSamePlace(before, ref, target)) {
        measureDrop(() => step(() => moveNote(doc, ref, target.factorId, target.beforeRef)));
      }
      ui().focusNote(ref);
      if (announce) ui().announce(message);
      return message;
    },
    createFactor: (title) => {
      step(() => createFactor(doc, title.trim()));
      ui().announce(t().boardFactorCreated(title.trim()));
    },
    createFactorWithNotes: (title, refs) => {
      step(() => createFactorWithNotes(doc, title.trim(), refs));
      ui().announce(t().boardFactorCreated(title.trim()));
    },
    deleteFactor: (factorId) => {
      const title = factorLabel(model(), factorId, t());
      step(() => deleteFactor(doc, factorId));
      ui().announce(t().boardFactorDeleted(title));
    },
    mergeFactors: (fromId, intoId) => {
      const from = factorLabel(model(), fromId, t());
      const into = factorLabel(model(), intoId, t());
      step(() => mergeFactors(doc, fromId, intoId));
      ui().announce(t().boardFactorsMerged(from, into));
    },
    moveFactor: (factorId, delta) => {
      const ids = model().factors.map((view) => view.factor.id);
      const index = ids.indexOf(factorId);
      const to = index + delta;
      if (index < 0 || to < 0 || to >= ids.length) return;
      // moveFactor places before a factor: one step later is before the one after the next.
      const beforeId = delta < 0 ? ids[to]! : (ids[to + 1] ?? null);
      step(() => moveFactor(doc, factorId, beforeId));
      ui().announce(t().boardFactorMoved(factorLabel(model(), factorId, t()), to + 1, ids.length));
    },
    setExcerpt: (ref, excerpt) => {
      const trimmed = excerpt?.trim() ?? '';
      step(() => setExcerpt(doc, ref, trimmed || null));
      ui().announce(trimmed ? t().boardExcerptSaved(shortText(trimmed)) : t().boardExcerptCleared);
    },
    undo: () => {
      if (undo?.undo()) ui().announce(t().boardUndone);
    },
    redo: () => {
      if (undo?.redo()) ui().announce(t().boardRedone);
    },
  };
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

/** The board's actions (throws outside a board: a broken invariant, not a user error). */
export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions outside a board');
  return actions;
}

/** Creates the actions once per document and undo history. */
export function useCreateBoardActions(sources: ActionSources): BoardActions {
  const { doc, undo, model, t } = sources;
  return useMemo(() => createBoardActions({ doc, undo, model, t }), [doc, undo, model, t]);
}

/**
 * The facilitator's clustering board: the pool on one side, the success factors beside it, one
 * drag-and-drop context around both. Owns the undo history, presence, the actions every control
 * calls, the board's own live region (dnd-kit speaks for drags; this one for menus, merges, undo),
 * and the grouping suggestions' worker (wired in by board-suggestions.tsx).
 */
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { useT, type Dictionary } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { useBoardPresence } from '../../sync/board-awareness.js';
import type { SyncedDoc } from '../../sync/synced-doc.js';
import { useBoardUndo, useUndoState } from '../../sync/use-undo.js';
import { boardInstructions } from './announcements.js';
import { BoardActionsContext, useCreateBoardActions, type BoardActions } from './board-actions.js';
import { BoardDocContext, BoardModelContext } from './board-context.js';
import type { BoardModel } from './board-model.js';
import { CardBody } from './CardBody.js';
import { useCardLabels, type LabelsFor } from './card-labels.js';
import { POOL_HEADING_ID } from './drop-targets.js';
import { FactorColumn } from './FactorColumn.js';
import { NewFactorForm } from './NewFactorForm.js';
import { PoolPanel } from './PoolPanel.js';
import { PresenceBar } from './PresenceBar.js';
import { useBoardDnd } from './use-board-dnd.js';
import { SimilarNotesHost, SuggestGroupsControl, SuggestionsProvider } from './board-suggestions.js';
import { useSuggestions } from '../suggest/index.js';
import { useRemoteVectors } from '../suggest/use-remote-vectors.js';

interface BoardViewProps {
  board: SyncedDoc;
  model: BoardModel;
  event: EventSnapshot | null;
  /** For the optional sentence vectors of the server's local model (suggestions work without). */
  eventId: string;
  token: string;
}

export function BoardView({ board, model, event, eventId, token }: BoardViewProps) {
  const t = useT();
  const factorsHeading = useId();
  // Handlers run between renders (drops, arrow keys): they read the latest model and dictionary here.
  const latest = useRef<{ model: BoardModel; t: Dictionary }>({ model, t });
  useLayoutEffect(() => {
    latest.current = { model, t };
  }, [model, t]);
  const getModel = useCallback(() => latest.current.model, []);
  const getT = useCallback(() => latest.current.t, []);

  const undo = useBoardUndo(board.doc);
  const { canUndo, canRedo } = useUndoState(undo);
  const actions = useCreateBoardActions({ doc: board.doc, undo, model: getModel, t: getT });
  const displayName = useBoardUiStore((s) => s.displayName);
  const setDragging = useBoardPresence(board, displayName);
  const { sensors, collisionDetection, announcements, handlers } = useBoardDnd({
    model: getModel,
    t: getT,
    actions,
    setDragging,
  });
  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: boardInstructions(t) }),
    [announcements, t],
  );
  const labelsFor = useCardLabels(model.tables, event?.phases, t.tableLabel);
  const vectors = useRemoteVectors(eventId, token, model);
  const suggestions = useSuggestions(model, event?.info.language ?? 'sv', vectors);
  // On the document, not the board's element: an undone move can take the focused card away.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => undoShortcut(event, actions);
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actions]);

  return (
    <BoardActionsContext.Provider value={actions}>
      <BoardModelContext.Provider value={model}>
        <BoardDocContext.Provider value={board.doc}>
          <SuggestionsProvider suggestions={suggestions} model={model}>
            <div className="board">
              <div className="board-toolbar">
                <div className="button-row board-undo">
                  <button
                    type="button"
                    className="button"
                    disabled={!canUndo}
                    aria-keyshortcuts="Control+Z Meta+Z"
                    onClick={actions.undo}
                  >
                    ↶ {t.boardUndo}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={!canRedo}
                    aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
                    onClick={actions.redo}
                  >
                    ↷ {t.boardRedo}
                  </button>
                  <p className="hint">{t.boardUndoHint}</p>
                </div>
                <SuggestGroupsControl suggestions={suggestions} />
                <PresenceBar board={board} />
              </div>
              <DndContext
                sensors={sensors}
                collisionDetection={collisionDetection}
                accessibility={accessibility}
                {...handlers}
              >
                <div className="board-layout">
                  <PoolPanel
                    pool={model.pool}
                    phases={event?.phases ?? NO_PHASES}
                    tables={model.tables}
                    labelsFor={labelsFor}
                  />
                  <section className="board-factors" aria-labelledby={factorsHeading}>
                    <h2 id={factorsHeading}>{t.boardFactorsHeading}</h2>
                    {model.factors.length === 0 && <p className="muted">{t.boardNoFactors}</p>}
                    <div className="board-factor-grid">
                      {model.factors.map((view, index) => (
                        <FactorColumn
                          key={view.factor.id}
                          view={view}
                          index={index}
                          count={model.factors.length}
                          labelsFor={labelsFor}
                        />
                      ))}
                    </div>
                    <NewFactorForm />
                  </section>
                </div>
                <BoardDragOverlay model={model} labelsFor={labelsFor} />
              </DndContext>
              <BoardAnnouncer />
              <FocusFallback />
              <SimilarNotesHost suggestions={suggestions} />
            </div>
          </SuggestionsProvider>
        </BoardDocContext.Provider>
      </BoardModelContext.Provider>
    </BoardActionsContext.Provider>
  );
}

const NO_PHASES: never[] = [];

/** Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes — except in plain fields, which keep their own. */
function undoShortcut(event: KeyboardEvent, actions: BoardActions): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || !(event.target instanceof Element)) return;
  // Not in the middle of a drag: the drop is still to come and must land on the board it started on.
  if (useBoardUiStore.getState().activeRef !== null) return;
  const field = event.target.closest('input, textarea, select');
  if (field && !field.hasAttribute('data-shared-text')) return;
  const key = event.key.toLowerCase();
  if (key === 'z') {
    event.preventDefault();
    if (event.shiftKey) actions.redo();
    else actions.undo();
  } else if (key === 'y') {
    event.preventDefault();
    actions.redo();
  }
}

/** The card under the pointer or keyboard while it is dragged (the original stays, dimmed). */
function BoardDragOverlay({ model, labelsFor }: { model: BoardModel; labelsFor: LabelsFor }) {
  const activeRef = useBoardUiStore((s) => s.activeRef);
  const item = activeRef ? model.items.get(activeRef) : undefined;
  return (
    <DragOverlay dropAnimation={null}>
      {item ? (
        <div className="board-card board-card-overlay">
          <div className="board-card-grip">
            <CardBody item={item} labels={labelsFor(item)} />
          </div>
        </div>
      ) : null}
    </DragOverlay>
  );
}

function BoardAnnouncer() {
  const announcement = useBoardUiStore((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-board-announcer>
      {announcement}
    </div>
  );
}

/**
 * If a moved note cannot take focus (a pool filter hides it), focus goes to the pool's heading
 * rather than being lost on a card that no longer exists. A component of its own, so waiting for
 * focus re-renders nothing else.
 */
function FocusFallback() {
  const pending = useBoardUiStore((s) => s.pendingFocus);
  useEffect(() => {
    if (pending === null) return;
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => {
        if (useBoardUiStore.getState().pendingFocus !== pending) return;
        useBoardUiStore.getState().focusNote(null);
        document.getElementById(POOL_HEADING_ID)?.focus();
      });
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [pending]);
  return null;
}

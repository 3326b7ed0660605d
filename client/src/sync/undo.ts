/**
 * Undo and redo of this person's own edits (DESIGN §3.3): a Y.UndoManager that tracks only
 * transactions with origin `Origin.local`. A co-facilitator's move arriving over the wire, content
 * the server wrote or an import are never undone here — and by Yjs's default, undoing a change that
 * someone else has since overwritten (they moved the same note again) leaves their change standing.
 *
 * Typing is grouped into one step per pause (`UNDO_CAPTURE_MS`); discrete actions (a move, a merge)
 * call `boundary()` around themselves so each is its own step even when done in quick succession.
 */
import * as Y from 'yjs';
import { BOARD_ROOTS } from '../../../shared/docs/board-doc.js';
import { Origin } from '../../../shared/docs/origins.js';

/** The shared types an undo history covers. */
export type UndoScope = ConstructorParameters<typeof Y.UndoManager>[0];

/** Keystrokes closer together than this are undone together. */
export const UNDO_CAPTURE_MS = 500;

/** The undo history of one person's edits on one document. */
export class LocalUndo {
  private readonly manager: Y.UndoManager;
  private readonly listeners = new Set<() => void>();
  private readonly notify = () => this.listeners.forEach((listener) => listener());

  constructor(scope: UndoScope, captureTimeoutMs = UNDO_CAPTURE_MS) {
    this.manager = new Y.UndoManager(scope, {
      trackedOrigins: new Set<unknown>([Origin.local]),
      captureTimeout: captureTimeoutMs,
    });
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
      this.manager.on(event, this.notify);
    }
  }

  /** Reverts this person's latest step. Returns false when there was nothing to undo. */
  undo(): boolean {
    return this.manager.undo() !== null;
  }

  /** Re-applies the latest undone step. Returns false when there was nothing to redo. */
  redo(): boolean {
    return this.manager.redo() !== null;
  }

  canUndo(): boolean {
    return this.manager.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.manager.redoStack.length > 0;
  }

  /** Ends the current step: the next edit starts a new one (call around discrete actions). */
  boundary(): void {
    this.manager.stopCapturing();
  }

  /** Calls `listener` whenever what can be undone or redone changes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
    this.manager.destroy();
  }
}

/**
 * The undo history of the board document: every root (factors with their texts, placements,
 * excerpts, report texts), so undo covers moves, merges, deletions, excerpts and typing alike.
 */
export function createBoardUndo(doc: Y.Doc, captureTimeoutMs = UNDO_CAPTURE_MS): LocalUndo {
  return new LocalUndo(
    [
      doc.getMap<unknown>(BOARD_ROOTS.factors),
      doc.getMap<unknown>(BOARD_ROOTS.placements),
      doc.getMap<unknown>(BOARD_ROOTS.excerpts),
      doc.getText(BOARD_ROOTS.reportIntro),
      doc.getText(BOARD_ROOTS.reportReflections),
    ],
    captureTimeoutMs,
  );
}

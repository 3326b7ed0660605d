/** React access to the board's undo history (undo.ts): one history per open board document. */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { createBoardUndo, type LocalUndo } from './undo.js';

/** The undo history of this person's board edits, for as long as the component is mounted. */
export function useBoardUndo(doc: Y.Doc | null | undefined): LocalUndo | null {
  const [undo, setUndo] = useState<{ doc: Y.Doc; undo: LocalUndo } | null>(null);
  useEffect(() => {
    if (!doc) return;
    const created = createBoardUndo(doc);
    setUndo({ doc, undo: created });
    return () => created.destroy();
  }, [doc]);
  return undo && undo.doc === doc ? undo.undo : null;
}

/** Whether there is anything to undo or redo, re-rendering when that changes. */
export function useUndoState(undo: LocalUndo | null): { canUndo: boolean; canRedo: boolean } {
  const subscribe = useCallback(
    (onChange: () => void) => (undo ? undo.subscribe(onChange) : () => {}),
    [undo],
  );
  const canUndo = useSyncExternalStore(subscribe, () => undo?.canUndo() ?? false);
  const canRedo = useSyncExternalStore(subscribe, () => undo?.canRedo() ?? false);
  return { canUndo, canRedo };
}

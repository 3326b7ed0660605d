/**
 * Where a dragged note would land, in plain terms the board can act on: `{ factorId, beforeRef }`.
 * Pure functions over the board model, shared by pointer drags (the note under the pointer, see
 * pointer-target.ts), keyboard drags (a cursor moved with the arrow keys) and the "Move to…" menu.
 *
 * Only the pool and the factors are dnd-kit droppables — not every note. With 2,000 notes, a
 * droppable per note would be measured at every pick-up and re-rendered at every drop; the place
 * within a factor comes from the note under the pointer or from the keyboard cursor instead.
 */
import type { DropTarget } from '../../state/board-ui-store.js';
import type { BoardModel } from './board-model.js';

/** Droppable ids: the pool, and a factor (its whole box). */
export const POOL_DROP_ID = 'drop:pool';
export const factorDropId = (factorId: string) => `drop:factor:${factorId}`;

/** The pool's heading: where focus goes when a moved note is hidden by the pool's filters. */
export const POOL_HEADING_ID = 'board-pool-heading';

/** What a droppable stands for (dnd-kit `data`). */
export type DropData = { type: 'pool' } | { type: 'factor'; factorId: string };

/** The refs in `factorId`'s list, without the note being moved. */
function listWithout(model: BoardModel, factorId: string, movingRef: string): string[] {
  const view = model.factors.find((f) => f.factor.id === factorId);
  return view ? view.items.map((item) => item.ref).filter((ref) => ref !== movingRef) : [];
}

/**
 * The target for a drag over a droppable: in the pool (which has no order of its own), or in a
 * factor before `beforeRef` (null = at the end). Before the moving note itself means where it is
 * now — before its successor.
 */
export function targetForDrop(
  model: BoardModel,
  movingRef: string,
  data: DropData,
  beforeRef: string | null,
): DropTarget {
  if (data.type === 'pool') return { factorId: null, beforeRef: null };
  if (beforeRef !== movingRef) return { factorId: data.factorId, beforeRef };
  const all = model.factors.find((f) => f.factor.id === data.factorId)?.items.map((i) => i.ref) ?? [];
  return { factorId: data.factorId, beforeRef: all[all.indexOf(movingRef) + 1] ?? null };
}

/** True when dropping at `target` would leave the note exactly where it is. */
export function isSamePlace(model: BoardModel, movingRef: string, target: DropTarget): boolean {
  const item = model.items.get(movingRef);
  if (!item || item.factorId !== target.factorId) return false;
  if (target.factorId === null) return true;
  const refs = model.factors.find((f) => f.factor.id === target.factorId)?.items.map((i) => i.ref) ?? [];
  const index = refs.indexOf(movingRef);
  return target.beforeRef === movingRef || (refs[index + 1] ?? null) === target.beforeRef;
}

/** The position (1-based) and list size the note would have at `target`, for announcements. */
export function positionAt(
  model: BoardModel,
  movingRef: string,
  target: DropTarget,
): { position: number; count: number } {
  if (target.factorId === null) return { position: 0, count: 0 };
  const refs = listWithout(model, target.factorId, movingRef);
  const index = target.beforeRef === null ? -1 : refs.indexOf(target.beforeRef);
  return { position: (index < 0 ? refs.length : index) + 1, count: refs.length + 1 };
}

// ---- Keyboard drags: a cursor over columns (pool, then factors in order) and slots within ----------

/** A column the keyboard cursor moves over: the pool (one slot) or a factor (a slot per gap). */
export interface KeyboardColumn {
  factorId: string | null;
  /** The factor's notes without the moving one; empty for the pool. */
  refs: string[];
}

export interface KeyboardCursor {
  column: number;
  /** Slot i = before refs[i]; refs.length = at the end. */
  slot: number;
}

export function keyboardColumns(model: BoardModel, movingRef: string): KeyboardColumn[] {
  return [
    { factorId: null, refs: [] },
    ...model.factors.map((view) => ({
      factorId: view.factor.id,
      refs: view.items.map((item) => item.ref).filter((ref) => ref !== movingRef),
    })),
  ];
}

/** The cursor at the note's current place. */
export function initialCursor(
  model: BoardModel,
  columns: KeyboardColumn[],
  movingRef: string,
): KeyboardCursor {
  const item = model.items.get(movingRef);
  const column = Math.max(
    0,
    columns.findIndex((c) => c.factorId === (item?.factorId ?? null)),
  );
  if (column === 0) return { column: 0, slot: 0 };
  const all = model.factors[column - 1]?.items.map((i) => i.ref) ?? [];
  const index = all.indexOf(movingRef);
  return { column, slot: index < 0 ? columns[column]!.refs.length : index };
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * Moves the cursor: left/right to the previous/next column (landing at its end — "add to this
 * factor"), up/down between the gaps of the current factor. Stops at the edges.
 */
export function stepCursor(
  columns: KeyboardColumn[],
  cursor: KeyboardCursor,
  direction: Direction,
): KeyboardCursor {
  const last = columns.length - 1;
  if (direction === 'left' || direction === 'right') {
    const column = Math.min(last, Math.max(0, cursor.column + (direction === 'right' ? 1 : -1)));
    if (column === cursor.column) return cursor;
    return { column, slot: columns[column]!.refs.length };
  }
  const size = columns[cursor.column]?.refs.length ?? 0;
  const slot = Math.min(size, Math.max(0, cursor.slot + (direction === 'down' ? 1 : -1)));
  return slot === cursor.slot ? cursor : { column: cursor.column, slot };
}

export function cursorTarget(columns: KeyboardColumn[], cursor: KeyboardCursor): DropTarget {
  const column = columns[cursor.column] ?? columns[0]!;
  return { factorId: column.factorId, beforeRef: column.refs[cursor.slot] ?? null };
}

/** The droppable the cursor is in: its factor, or the pool. */
export function cursorDropId(columns: KeyboardColumn[], cursor: KeyboardCursor): string {
  const column = columns[cursor.column] ?? columns[0]!;
  return column.factorId === null ? POOL_DROP_ID : factorDropId(column.factorId);
}

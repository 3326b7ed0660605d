/**
 * Drag and drop on the board (dnd-kit): sensors, collision detection, the keyboard cursor and the
 * handlers. The drag lives in the board UI store until the drop; the drop is the only write
 * (DESIGN §3.5), so Escape simply forgets the drag and nothing has to be restored in the document.
 *
 * - Mouse and pen: a pointer sensor that ignores touch (a touch would otherwise start a drag where
 *   the person meant to scroll); it activates after 6 px of movement, so a click stays a click.
 * - Touch: a press of 200 ms (5 px tolerance) picks a card up; a swipe scrolls.
 * - Keyboard: Space/Enter picks up; left/right move between the pool and the factors, up/down between
 *   the notes of a factor (a cursor over the model, see drop-targets.ts); Space/Enter drops.
 *
 * dnd-kit knows only the pool and the factors as drop zones; the note within a factor a drop lands
 * before is read from the screen (pointer-target.ts), so 2,000 notes cost 2,000 draggables only.
 */
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type Collision,
  type CollisionDescriptor,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useMemo, useRef } from 'react';
import type { Dictionary } from '../../i18n/index.js';
import { useBoardUiStore, type DropTarget } from '../../state/board-ui-store.js';
import { boardAnnouncements } from './announcements.js';
import type { BoardActions } from './board-actions.js';
import type { BoardModel } from './board-model.js';
import {
  cursorDropId,
  cursorTarget,
  initialCursor,
  keyboardColumns,
  stepCursor,
  targetForDrop,
  type Direction,
  type DropData,
  type KeyboardColumn,
  type KeyboardCursor,
} from './drop-targets.js';
import { noteBelowPointer, spotOnScreen } from './pointer-target.js';

/** Mouse and pen only: touch has its own sensor with a press delay, so swiping still scrolls. */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions) => {
        if (event.pointerType === 'touch' || !event.isPrimary || event.button !== 0) return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

const DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function dataOf(hit: Collision): DropData | undefined {
  return (hit as CollisionDescriptor).data?.droppableContainer?.data.current as DropData | undefined;
}

/** The pointer's position now: where the drag began plus how far it has moved. */
function pointerOf(event: DragMoveEvent): { x: number; y: number } | null {
  const start = getEventCoordinates(event.activatorEvent);
  return start ? { x: start.x + event.delta.x, y: start.y + event.delta.y } : null;
}

/** A pointer drag's target: the pool, or the factor under the pointer and the note below it there. */
function pointerTarget(model: BoardModel, event: DragMoveEvent): DropTarget | null {
  const data = event.over?.data.current as DropData | undefined;
  if (!data) return null;
  const pointer = pointerOf(event);
  const before = data.type === 'factor' && pointer ? noteBelowPointer(data.factorId, pointer) : null;
  return targetForDrop(model, String(event.active.id), data, before);
}

interface KeyboardDrag {
  columns: KeyboardColumn[];
  cursor: KeyboardCursor;
}

export interface BoardDndSources {
  model: () => BoardModel;
  t: () => Dictionary;
  actions: BoardActions;
  /** Tells co-facilitators which note this person drags (null when the drag ends). */
  setDragging: (ref: string | null) => void;
}

export function useBoardDnd({ model, t, actions, setDragging }: BoardDndSources) {
  const keyboard = useRef<KeyboardDrag | null>(null);
  const dropped = useRef<string | null>(null);

  const coordinateGetter: KeyboardCoordinateGetter = useMemo(
    () =>
      (event, { context, currentCoordinates }) => {
        const drag = keyboard.current;
        const direction = DIRECTIONS[event.code];
        if (!drag || !direction) return undefined;
        event.preventDefault();
        drag.cursor = stepCursor(drag.columns, drag.cursor, direction);
        const target = cursorTarget(drag.columns, drag.cursor);
        const store = useBoardUiStore.getState();
        store.setDropTarget(target);
        // A long factor renders its first and last notes until scrolled: make sure the spot is
        // rendered when the cursor walks up into the middle.
        const column = drag.columns[drag.cursor.column]!;
        if (target.factorId && drag.cursor.slot < column.refs.length - 1) {
          store.revealInFactor(target.factorId, drag.cursor.slot + 2);
        }
        // Move the dragged card's overlay onto the spot (the target itself is the cursor's; this is
        // what sighted keyboard users see). Every spot differs, so every arrow is a move dnd-kit
        // reports — and announces.
        const spot =
          spotOnScreen(target) ?? context.droppableRects.get(cursorDropId(drag.columns, drag.cursor));
        if (!spot) return { x: currentCoordinates.x + 1, y: currentCoordinates.y };
        return 'left' in spot ? { x: spot.left + 16, y: spot.top + 8 } : spot;
      },
    [],
  );

  const sensors = useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  const collisionDetection: CollisionDetection = useMemo(
    () => (args) => {
      const drag = keyboard.current;
      if (drag) {
        const id = cursorDropId(drag.columns, drag.cursor);
        return args.droppableContainers.some((c) => c.id === id) ? [{ id }] : [];
      }
      // The pool or the factor under the pointer; the note within the factor comes later (pointerTarget).
      const hit = pointerWithin(args).find((collision) => dataOf(collision) !== undefined);
      return hit ? [hit] : [];
    },
    [],
  );

  const announcements: Announcements = useMemo(
    () =>
      boardAnnouncements({
        t,
        model,
        target: () => useBoardUiStore.getState().dropTarget,
        dropped: () => dropped.current,
      }),
    [t, model],
  );

  const handlers = useMemo(() => {
    const store = () => useBoardUiStore.getState();
    const finish = () => {
      keyboard.current = null;
      store().endDrag();
      setDragging(null);
    };
    return {
      onDragStart: (event: DragStartEvent) => {
        const ref = String(event.active.id);
        dropped.current = null;
        store().startDrag(ref);
        setDragging(ref);
        if (event.activatorEvent instanceof KeyboardEvent) {
          const columns = keyboardColumns(model(), ref);
          const drag = { columns, cursor: initialCursor(model(), columns, ref) };
          keyboard.current = drag;
          store().setDropTarget(cursorTarget(columns, drag.cursor));
        } else {
          keyboard.current = null;
        }
      },
      // Pointer drags: which note is under the pointer, and which half of it (keyboard drags set the
      // target in the coordinate getter).
      onDragMove: (event: DragMoveEvent) => {
        if (!keyboard.current) store().setDropTarget(pointerTarget(model(), event));
      },
      onDragOver: (event: DragMoveEvent) => {
        if (!keyboard.current) store().setDropTarget(pointerTarget(model(), event));
      },
      onDragEnd: (event: DragEndEvent) => {
        const ref = String(event.active.id);
        const drag = keyboard.current;
        const target = drag ? cursorTarget(drag.columns, drag.cursor) : pointerTarget(model(), event);
        finish();
        // The one write of the drag (dnd-kit speaks the returned sentence in its live region).
        dropped.current = target ? actions.moveNote(ref, target, false) : null;
      },
      onDragCancel: () => finish(),
    };
  }, [actions, model, setDragging]);

  return { sensors, collisionDetection, announcements, handlers };
}

/**
 * One note on the board, movable three ways: dragged with a mouse, pen or finger; picked up with the
 * keyboard (focus the card, Space/Enter); or sent with the "Move to…" menu, which needs only taps
 * (WCAG 2.2, 2.5.7). The card's grip is the drag handle and the focus target; the buttons beside it
 * are separate controls, never nested inside the grip.
 *
 * dnd-kit re-renders every draggable when a drag starts or ends. With 2,000 cards that is the cost of
 * a drop, so the draggable lives in the small `CardGrip` and the rest of the card stays put.
 */
import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { CardBody, CardSource, type CardLabels } from './CardBody.js';
import type { CardItem } from './board-model.js';
import { ExcerptEditor } from './ExcerptEditor.js';
import { MoveMenu } from './MoveMenu.js';
import { PoolCardSuggestions } from './board-suggestions.js';
import { scrollIntoViewQuietly } from './use-growing-list.js';

interface NoteCardProps {
  item: CardItem;
  labels: CardLabels;
}

export const NoteCard = memo(function NoteCard({ item, labels }: NoteCardProps) {
  const t = useT();
  const { ref } = item;
  const textId = useId();
  const moveButton = useRef<HTMLButtonElement | null>(null);
  const excerptButton = useRef<HTMLButtonElement | null>(null);
  const isDropBefore = useBoardUiStore((s) => s.activeRef !== null && s.dropTarget?.beforeRef === ref);
  const panel = useBoardUiStore((s) => (s.openPanel?.ref === ref ? s.openPanel.kind : null));
  const togglePanel = useBoardUiStore((s) => s.togglePanel);
  const draggedBy = useBoardUiStore((s) => s.remoteDrags[ref] ?? null);

  return (
    <li
      className="board-card"
      data-note-ref={ref}
      data-kind={item.note.kind}
      data-drop-before={isDropBefore || undefined}
      data-remote-drag={draggedBy ? true : undefined}
    >
      <CardGrip
        item={item}
        labels={labels}
        textId={textId}
        draggedBy={draggedBy}
        roleDescription={t.boardCardRole}
      />
      <div className="board-card-foot">
        <CardSource labels={labels} />
        <div className="board-card-actions">
          <button
            ref={moveButton}
            type="button"
            className="button subtle small"
            aria-expanded={panel === 'move'}
            aria-describedby={textId}
            onClick={() => togglePanel({ kind: 'move', ref })}
          >
            {t.boardMoveTo}
          </button>
          <button
            ref={excerptButton}
            type="button"
            className="button subtle small"
            aria-expanded={panel === 'excerpt'}
            aria-describedby={textId}
            onClick={() => togglePanel({ kind: 'excerpt', ref })}
          >
            ✂ {t.boardExcerptButton}
          </button>
          <button
            type="button"
            className="button subtle small"
            aria-haspopup="dialog"
            aria-describedby={textId}
            onClick={() => togglePanel({ kind: 'similar', ref })}
          >
            {t.similarButton}
          </button>
        </div>
      </div>
      {item.factorId === null && <PoolCardSuggestions noteRef={ref} describedBy={textId} />}
      {panel === 'move' && <MoveMenu item={item} opener={moveButton} />}
      {panel === 'excerpt' && <ExcerptEditor item={item} opener={excerptButton} />}
    </li>
  );
});

interface CardGripProps {
  item: CardItem;
  labels: CardLabels;
  textId: string;
  draggedBy: string | null;
  roleDescription: string;
}

/** The draggable, focusable part of a card: dnd-kit's attributes and listeners, and the note. */
const CardGrip = memo(function CardGrip({ item, labels, textId, draggedBy, roleDescription }: CardGripProps) {
  const { ref } = item;
  const grip = useRef<HTMLDivElement | null>(null);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: ref,
    attributes: { roleDescription },
  });
  const takesFocus = useBoardUiStore((s) => s.pendingFocus === ref);
  const setGrip = useCallback(
    (node: HTMLDivElement | null) => {
      grip.current = node;
      setNodeRef(node);
      setActivatorNodeRef(node);
    },
    [setNodeRef, setActivatorNodeRef],
  );

  // Focus follows the note to its new place (a move re-creates the card in another list).
  useLayoutEffect(() => {
    if (!takesFocus || !grip.current) return;
    grip.current.focus({ preventScroll: true });
    scrollIntoViewQuietly(grip.current);
    useBoardUiStore.getState().focusNote(null);
  }, [takesFocus]);

  return (
    <div
      ref={setGrip}
      className="board-card-grip"
      data-dragging={isDragging || undefined}
      {...attributes}
      {...listeners}
    >
      <CardBody item={item} labels={labels} textId={textId} draggedBy={draggedBy} />
    </div>
  );
});

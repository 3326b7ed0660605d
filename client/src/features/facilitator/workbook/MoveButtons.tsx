/**
 * "Flytta upp" / "Flytta ner" for keyboard-accessible reordering. The buttons carry data attributes
 * so the list can put focus back on the moved item's button after React re-orders the DOM (moving a
 * node that holds focus drops it).
 */
import { useT } from '../../../i18n/index.js';
import type { Direction } from './reorder.js';

interface MoveButtonsProps {
  itemId: string;
  /** Names the item for screen readers: "Flytta upp – fasen Drömma". */
  itemLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: Direction) => void;
}

export function MoveButtons({ itemId, itemLabel, canMoveUp, canMoveDown, onMove }: MoveButtonsProps) {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="button subtle"
        data-move={`${itemId}:up`}
        disabled={!canMoveUp}
        onClick={() => onMove('up')}
      >
        {t.moveUp}
        <span className="visually-hidden"> – {itemLabel}</span>
      </button>
      <button
        type="button"
        className="button subtle"
        data-move={`${itemId}:down`}
        disabled={!canMoveDown}
        onClick={() => onMove('down')}
      >
        {t.moveDown}
        <span className="visually-hidden"> – {itemLabel}</span>
      </button>
    </>
  );
}

/** Puts focus on the moved item's button for the same direction, or the other one at an end. */
export function refocusMoveButton(itemId: string, direction: Direction): void {
  const other: Direction = direction === 'up' ? 'down' : 'up';
  const find = (d: Direction) =>
    document.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(`${itemId}:${d}`)}"]`);
  const same = find(direction);
  const target = same && !same.disabled ? same : find(other);
  target?.focus();
}

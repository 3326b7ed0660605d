/**
 * "Move to…": every place a note can go, as a list of buttons — the pool, each factor, and up/down
 * within its factor — so a note moves with single taps and no dragging (WCAG 2.2, 2.5.7), and with a
 * screen reader without learning the drag keys. The move is the same one write a drop makes.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore, type DropTarget } from '../../state/board-ui-store.js';
import { factorLabel, noteLabel } from './announcements.js';
import { useBoardActions } from './board-actions.js';
import { useBoardModel } from './board-context.js';
import type { CardItem } from './board-model.js';

interface MoveMenuProps {
  item: CardItem;
  /** The button that opened the menu: focus returns there when it closes without a move. */
  opener: RefObject<HTMLButtonElement | null>;
}

export function MoveMenu({ item, opener }: MoveMenuProps) {
  const t = useT();
  const model = useBoardModel();
  const actions = useBoardActions();
  const togglePanel = useBoardUiStore((s) => s.togglePanel);
  const headingId = useId();
  const first = useRef<HTMLButtonElement | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    // The whole menu in view (it may open inside a factor's scrolling list), then its first option.
    panel.current?.scrollIntoView({ block: 'nearest' });
    first.current?.focus({ preventScroll: true });
  }, []);

  const close = () => {
    togglePanel(null);
    opener.current?.focus();
  };
  const move = (target: DropTarget) => {
    togglePanel(null);
    actions.moveNote(item.ref, target, true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  const siblings =
    model.factors.find((view) => view.factor.id === item.factorId)?.items.map((i) => i.ref) ?? [];
  const index = siblings.indexOf(item.ref);
  const inPool = item.factorId === null;

  return (
    <div
      className="board-panel board-move-menu"
      role="group"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <p id={headingId} className="board-panel-heading">
        {t.boardMoveToHeading(noteLabel(item))}
      </p>
      {index >= 0 && (
        <div className="button-row board-move-steps">
          <button
            type="button"
            className="button"
            disabled={index === 0}
            onClick={() => move({ factorId: item.factorId, beforeRef: siblings[index - 1] ?? null })}
          >
            ↑ {t.boardMoveUp}
          </button>
          <button
            type="button"
            className="button"
            disabled={index === siblings.length - 1}
            onClick={() => move({ factorId: item.factorId, beforeRef: siblings[index + 2] ?? null })}
          >
            ↓ {t.boardMoveDown}
          </button>
        </div>
      )}
      <ul className="board-move-options">
        <li>
          <button
            ref={inPool ? undefined : first}
            type="button"
            className="button subtle"
            disabled={inPool}
            aria-current={inPool ? 'true' : undefined}
            onClick={() => move({ factorId: null, beforeRef: null })}
          >
            <span>
              {t.boardMoveToPool} {inPool && <span className="muted">{t.boardCurrentPlace}</span>}
            </span>
          </button>
        </li>
        {model.factors.map((view, i) => {
          const here = view.factor.id === item.factorId;
          const firstOption = inPool ? i === 0 : false;
          return (
            <li key={view.factor.id}>
              <button
                ref={firstOption ? first : undefined}
                type="button"
                className="button subtle"
                disabled={here}
                aria-current={here ? 'true' : undefined}
                onClick={() => move({ factorId: view.factor.id, beforeRef: null })}
              >
                <span>
                  {factorLabel(model, view.factor.id, t)} <span className="muted">({view.items.length})</span>{' '}
                  {here && <span className="muted">{t.boardCurrentPlace}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button link-like" onClick={close}>
        {t.boardClose}
      </button>
    </div>
  );
}

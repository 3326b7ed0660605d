/**
 * The pool: notes not yet in a factor, newest first, filtered. It is one drop target (the pool has
 * no order of its own). Only a page of cards is rendered at first — with 2,000 notes on the board
 * the pool stays light — and the next page comes when the list is scrolled to its end (or "show
 * more" is pressed).
 */
import { useDroppable } from '@dnd-kit/core';
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import type { Phase } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import type { CardItem, TableInfo } from './board-model.js';
import type { LabelsFor } from './card-labels.js';
import { POOL_DROP_ID, POOL_HEADING_ID } from './drop-targets.js';
import { NoteCard } from './NoteCard.js';
import { useWhenInView } from './use-growing-list.js';
import { filterPool } from './pool-filter.js';
import { PoolFilters } from './PoolFilters.js';

interface PoolPanelProps {
  pool: readonly CardItem[];
  phases: readonly Phase[];
  tables: ReadonlyMap<string, TableInfo>;
  labelsFor: LabelsFor;
}

export const PoolPanel = memo(function PoolPanel({ pool, phases, tables, labelsFor }: PoolPanelProps) {
  const t = useT();
  const filters = useDeferredValue(useBoardUiStore((s) => s.filters));
  const limit = useBoardUiStore((s) => s.poolLimit);
  const refs = useMemo(() => new Set(pool.map((item) => item.ref)), [pool]);
  const pendingFocus = useBoardUiStore((s) =>
    s.pendingFocus !== null && refs.has(s.pendingFocus) ? s.pendingFocus : null,
  );
  const showMore = useBoardUiStore((s) => s.showMorePool);
  const sentinel = useWhenInView(showMore);
  const isTarget = useBoardUiStore((s) => s.activeRef !== null && s.dropTarget?.factorId === null);
  const { setNodeRef } = useDroppable({ id: POOL_DROP_ID, data: { type: 'pool' } });
  const shown = useMemo(() => filterPool(pool, filters, tables), [pool, filters, tables]);

  // A note that has just moved here must be on the page so focus can follow it.
  useEffect(() => {
    if (pendingFocus === null) return;
    const index = shown.findIndex((item) => item.ref === pendingFocus);
    if (index >= limit) useBoardUiStore.getState().revealPool(index + 1);
  }, [pendingFocus, shown, limit]);

  const page = shown.slice(0, limit);
  return (
    <section
      className="board-pool"
      aria-labelledby={POOL_HEADING_ID}
      data-drop-target={isTarget || undefined}
    >
      <h2 id={POOL_HEADING_ID} tabIndex={-1} className="board-pool-heading">
        {t.boardPoolHeading} <span className="muted">({pool.length})</span>
      </h2>
      <PoolFilters phases={phases} tables={tables} />
      <div ref={setNodeRef} className="board-pool-list">
        {shown.length > 0 && shown.length !== pool.length && (
          <p className="muted board-pool-count">{t.boardPoolCount(shown.length, pool.length)}</p>
        )}
        {page.length === 0 ? (
          <p className="muted">{pool.length === 0 ? t.boardPoolEmpty : t.boardPoolNoMatch}</p>
        ) : (
          <ol className="board-cards">
            {page.map((item) => (
              <NoteCard key={item.ref} item={item} labels={labelsFor(item)} />
            ))}
          </ol>
        )}
        {shown.length > page.length && (
          <button ref={sentinel} type="button" className="button subtle board-show-more" onClick={showMore}>
            {t.boardShowMore(shown.length - page.length)}
          </button>
        )}
      </div>
    </section>
  );
});

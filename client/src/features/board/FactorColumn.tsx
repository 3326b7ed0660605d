/**
 * One success factor: its title and narrative (bound to the shared texts, so co-facilitators type in
 * them together), the evidence behind it, and its notes in order — a drop target as a whole (drop at
 * the end) and note by note (drop before or after a note).
 */
import { useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { factorText } from '../../../../shared/docs/board-doc.js';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { useSharedTextField } from '../../sync/text-binding.js';
import { useBoardDoc } from './board-context.js';
import type { CardItem, FactorView } from './board-model.js';
import type { LabelsFor } from './card-labels.js';
import { factorDropId } from './drop-targets.js';
import { FACTOR_LIST_ATTRIBUTE } from './pointer-target.js';
import { FactorActions } from './FactorActions.js';
import { NoteCard } from './NoteCard.js';
import { useGrowingList } from './use-growing-list.js';

interface FactorColumnProps {
  view: FactorView;
  /** 0-based position among the factors, and how many there are. */
  index: number;
  count: number;
  labelsFor: LabelsFor;
}

export const FactorColumn = memo(function FactorColumn({ view, index, count, labelsFor }: FactorColumnProps) {
  const t = useT();
  const id = useId();
  const { factor, items, evidence } = view;
  const doc = useBoardDoc();
  const titleText = useMemo(() => (doc ? factorText(doc, factor.id, 'title') : null), [doc, factor.id]);
  const narrativeText = useMemo(
    () => (doc ? factorText(doc, factor.id, 'narrative') : null),
    [doc, factor.id],
  );
  const title = useSharedTextField<HTMLTextAreaElement>(titleText);
  const narrative = useSharedTextField<HTMLTextAreaElement>(narrativeText);
  const box = useDroppable({ id: factorDropId(factor.id), data: { type: 'factor', factorId: factor.id } });
  const isTarget = useBoardUiStore((s) => s.activeRef !== null && s.dropTarget?.factorId === factor.id);
  const dropAtEnd = useBoardUiStore(
    (s) => s.activeRef !== null && s.dropTarget?.factorId === factor.id && s.dropTarget.beforeRef === null,
  );
  const [actionsOpen, setActionsOpen] = useState(false);
  const revealed = useBoardUiStore((s) => s.revealed[factor.id] ?? 0);
  // Only a note of this factor waiting for focus concerns this column (a selector on the whole field
  // would re-render every column on every move).
  const refs = useMemo(() => new Set(items.map((item) => item.ref)), [items]);
  const pendingFocus = useBoardUiStore((s) =>
    s.pendingFocus !== null && refs.has(s.pendingFocus) ? s.pendingFocus : null,
  );
  const { shown, sentinel, showMore } = useGrowingList(items.length, revealed);
  // A long list shows its first notes and its last one — where a note moved "to this factor" lands
  // — with "show more" between them standing for the notes not rendered yet.
  const head = shown >= items.length - 1 ? items : items.slice(0, shown);
  const tail = head === items ? null : items[items.length - 1]!;
  // A note that has just moved into the unrendered middle must be rendered to take focus.
  useEffect(() => {
    if (pendingFocus === null || tail === null) return;
    const index = items.findIndex((item) => item.ref === pendingFocus);
    if (index >= shown && items[index] !== tail)
      useBoardUiStore.getState().revealInFactor(factor.id, index + 1);
  }, [pendingFocus, items, shown, tail, factor.id]);
  const card = (item: CardItem) => <NoteCard key={item.ref} item={item} labels={labelsFor(item)} />;
  const name = factor.title.trim() || t.boardUntitledFactor;

  return (
    <section
      ref={box.setNodeRef}
      className="board-factor"
      aria-labelledby={`${id}-heading`}
      data-factor-id={factor.id}
      data-drop-target={isTarget || undefined}
    >
      <div className="board-factor-head">
        <span className="board-factor-number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={`${id}-heading`} className="visually-hidden">
          {name}
        </h3>
        <label className="visually-hidden" htmlFor={`${id}-title`}>
          {t.boardFactorTitleLabel}
        </label>
        <textarea
          id={`${id}-title`}
          ref={title}
          rows={2}
          className="board-factor-title"
          placeholder={t.boardUntitledFactor}
          data-shared-text
          // A title is one line of text: Enter ends editing rather than breaking the line.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <button
          type="button"
          className="button subtle small"
          aria-expanded={actionsOpen}
          aria-describedby={`${id}-heading`}
          onClick={() => setActionsOpen((open) => !open)}
        >
          {t.boardFactorMore}
        </button>
      </div>
      <p className="board-evidence">
        {t.boardEvidence(evidence.notes, evidence.tables, evidence.organisations)}
      </p>
      {actionsOpen && (
        <FactorActions
          factorId={factor.id}
          name={name}
          index={index}
          count={count}
          onClose={() => setActionsOpen(false)}
        />
      )}
      <div
        className="board-factor-list"
        {...{ [FACTOR_LIST_ATTRIBUTE]: factor.id }}
        data-drop-end={dropAtEnd || undefined}
      >
        {items.length === 0 ? (
          <p className="board-factor-empty">{t.boardFactorEmpty}</p>
        ) : (
          <ol className="board-cards">
            {head.map(card)}
            {tail && (
              <>
                <li className="board-cards-more">
                  <button
                    ref={sentinel}
                    type="button"
                    className="button subtle board-show-more"
                    onClick={showMore}
                  >
                    {t.boardShowMore(items.length - head.length - 1)}
                  </button>
                </li>
                {card(tail)}
              </>
            )}
          </ol>
        )}
      </div>
      <label className="board-narrative-label" htmlFor={`${id}-narrative`}>
        {t.boardNarrativeLabel}
      </label>
      <textarea
        id={`${id}-narrative`}
        ref={narrative}
        className="board-narrative"
        rows={3}
        data-shared-text
      />
    </section>
  );
});

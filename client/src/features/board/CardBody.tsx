/**
 * What a note card shows: the quotable text (the excerpt when there is one), its kind and phase, and
 * whether a co-facilitator is moving it; `CardSource` says where it came from (table and
 * organisations — never a person). Memoised on plain props: a change elsewhere on the board never
 * re-renders them.
 */
import { memo } from 'react';
import { useT } from '../../i18n/index.js';
import { kindLabel } from '../table/note-kinds.js';
import type { CardItem } from './board-model.js';

export interface CardLabels {
  tableName: string;
  organisations: string;
  phaseTitle: string;
}

interface CardBodyProps {
  item: CardItem;
  labels: CardLabels;
  textId?: string;
  /** A co-facilitator's name while they drag this note. */
  draggedBy?: string | null;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** True when the note no longer contains its excerpt (the table edited the note afterwards). */
export function excerptIsStale(item: CardItem): boolean {
  return item.excerpt !== null && !collapse(item.note.text).includes(collapse(item.excerpt));
}

export const CardBody = memo(function CardBody({ item, labels, textId, draggedBy }: CardBodyProps) {
  const t = useT();
  const { note, excerpt } = item;
  return (
    <>
      <p className="board-card-meta">
        <span className="board-card-kind">{kindLabel(note.kind, t)}</span>
        {labels.phaseTitle && <span> · {labels.phaseTitle}</span>}
        {note.lifted && <span className="badge"> · ★ {t.liftedBadge}</span>}
        {excerpt !== null && <span className="board-card-excerpt-badge"> · ✂ {t.boardExcerptBadge}</span>}
      </p>
      <p className="board-card-text" id={textId}>
        {excerpt ?? note.text}
      </p>
      {excerpt !== null && excerptIsStale(item) && (
        <p className="board-card-warning">{t.boardExcerptStale}</p>
      )}
      {draggedBy && <p className="board-card-presence">{t.boardDraggedBy(draggedBy)}</p>}
    </>
  );
});

/** The table and organisations a note came from. */
export function CardSource({ labels }: { labels: CardLabels }) {
  return (
    <p className="board-card-source">
      {[labels.tableName, labels.organisations].filter(Boolean).join(' · ')}
    </p>
  );
}

/**
 * "Suggest groups": first clusters of the unsorted notes as a preview in a modal dialog. Each group
 * can be renamed and turned into a factor, or discarded — one at a time, and nothing happens to the
 * board without one of those clicks. Mounted while open; the owner removes a group from `groups`
 * once it was accepted or discarded.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SuggestedGroup } from '../../../../shared/suggest/types.js';
import { useT } from '../../i18n/index.js';
import { SuggestedGroupCard } from './SuggestedGroupCard.js';
import type { NoteLookup } from './board-lookups.js';
import { useModalDialog } from './use-modal-dialog.js';

export interface SuggestGroupsPanelProps {
  /** null while the groups are being worked out. */
  groups: readonly SuggestedGroup[] | null;
  note: NoteLookup;
  /**
   * Create a factor named `title` holding the group's notes. `group.refs` lists only the notes still
   * unsorted (another facilitator may have moved some since the preview was made).
   */
  onAccept: (group: SuggestedGroup, title: string) => void;
  onDiscard: (groupId: string) => void;
  onClose: () => void;
}

export function SuggestGroupsPanel({ groups, note, onAccept, onDiscard, onClose }: SuggestGroupsPanelProps) {
  const t = useT();
  const id = useId();
  const dialog = useModalDialog(onClose);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const list = useRef<HTMLOListElement | null>(null);
  const [status, setStatus] = useState('');
  // After a group is accepted or discarded its buttons are gone: focus goes to the group now in its
  // place (or the one before it), or to the heading when none is left.
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusAt === null || groups === null) return;
    const cards = list.current?.querySelectorAll<HTMLElement>('[data-suggest-group] input') ?? [];
    const target = cards[Math.min(focusAt, cards.length - 1)] ?? heading.current;
    target?.focus();
    setFocusAt(null);
  }, [focusAt, groups]);

  const accept = (group: SuggestedGroup, title: string, index: number) => {
    onAccept(group, title);
    setStatus(t.boardFactorCreated(title));
    setFocusAt(index);
  };
  const discard = (group: SuggestedGroup, index: number) => {
    onDiscard(group.id);
    setStatus(t.suggestGroupDiscarded);
    setFocusAt(index);
  };

  return (
    <dialog
      ref={dialog.ref}
      className="notes-dialog suggest-dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-hint`}
      onClose={dialog.onClose}
    >
      <div className="dialog-head">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t.suggestGroupsHeading}
        </h2>
        <button type="button" className="button" onClick={() => dialog.close()}>
          {t.boardClose}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t.suggestGroupsHint}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {groups === null ? (
        <p className="muted" role="status">
          {t.suggestGroupsLoading}
        </p>
      ) : groups.length === 0 ? (
        <p className="muted">{status ? t.suggestGroupsDone : t.suggestGroupsEmpty}</p>
      ) : (
        <ol ref={list} className="suggest-groups">
          {groups.map((group, index) => (
            <SuggestedGroupCard
              key={group.id}
              group={group}
              label={t.suggestGroupLabel(index + 1, groups.length)}
              note={note}
              onAccept={(title, unsorted) => accept({ ...group, refs: unsorted }, title, index)}
              onDiscard={() => discard(group, index)}
            />
          ))}
        </ol>
      )}
    </dialog>
  );
}

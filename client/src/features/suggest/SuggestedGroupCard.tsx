/**
 * One suggested group in the "Suggest groups" preview: its title in a field to rename it, how many
 * notes from how many tables, the words they share, the notes themselves (shortened; the rest behind
 * a disclosure), and the two choices. Only notes still unsorted count: the board may have moved on
 * since the suggestion was made.
 */
import { useId, useState, type FormEvent } from 'react';
import type { SuggestedGroup } from '../../../../shared/suggest/types.js';
import { useT } from '../../i18n/index.js';
import { shortText } from '../board/announcements.js';
import type { NoteInfo, NoteLookup } from './board-lookups.js';

/** Notes listed before the rest fold away behind "and n more". */
const NOTES_SHOWN = 5;

interface SuggestedGroupCardProps {
  group: SuggestedGroup;
  /** "Suggestion 2 of 5". */
  label: string;
  note: NoteLookup;
  onAccept: (title: string, unsortedRefs: string[]) => void;
  onDiscard: () => void;
}

export function SuggestedGroupCard({ group, label, note, onAccept, onDiscard }: SuggestedGroupCardProps) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState(group.title);
  const unsorted = group.refs.flatMap((ref) => {
    const info = note(ref);
    return info && info.factorId === null ? [{ ref, info }] : [];
  });
  const tables = new Set(unsorted.map(({ info }) => info.tableId)).size;
  const trimmed = title.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '' || unsorted.length === 0) return;
    onAccept(
      trimmed,
      unsorted.map(({ ref }) => ref),
    );
  };

  return (
    <li className="suggest-group" data-suggest-group={group.id} aria-labelledby={`${id}-label`}>
      <form onSubmit={submit}>
        <p id={`${id}-label`} className="eyebrow suggest-group-label">
          {label}
        </p>
        <label htmlFor={`${id}-title`}>{t.boardFactorTitleLabel}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          aria-describedby={`${id}-size`}
          onChange={(event) => setTitle(event.target.value)}
        />
        <p id={`${id}-size`} className="suggest-group-size">
          {unsorted.length === 0 ? t.suggestGroupAllSorted : t.suggestGroupSize(unsorted.length, tables)}
        </p>
        {group.sharedWords.length > 0 && (
          <p className="suggest-shared">
            <strong>{t.suggestSharedWords}:</strong> {group.sharedWords.join(', ')}
          </p>
        )}
        <NoteList notes={unsorted.slice(0, NOTES_SHOWN)} />
        {unsorted.length > NOTES_SHOWN && (
          <details className="suggest-group-more disclosure">
            <summary>{t.suggestGroupMore(unsorted.length - NOTES_SHOWN)}</summary>
            <NoteList notes={unsorted.slice(NOTES_SHOWN)} />
          </details>
        )}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={trimmed === '' || unsorted.length === 0}>
            {t.suggestGroupCreate}
          </button>
          <button type="button" className="button" onClick={onDiscard}>
            {t.suggestGroupDiscard}
          </button>
        </div>
      </form>
    </li>
  );
}

function NoteList({ notes }: { notes: readonly { ref: string; info: NoteInfo }[] }) {
  return (
    <ul className="suggest-group-notes">
      {notes.map(({ ref, info }) => (
        <li key={ref}>
          {shortText(info.text)} <span className="muted">· {info.tableName}</span>
        </li>
      ))}
    </ul>
  );
}

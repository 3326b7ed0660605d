/**
 * One note, editable in place: its text (written into the shared Y.Text on every input, as the
 * minimal diff, so two tablets typing in different parts both survive), kind, lift flag, delete.
 */
import { useId, useState } from 'react';
import { MAX_NOTE_CHARS } from '../../../../shared/protocol.js';
import {
  deleteNote,
  NOTE_KINDS,
  setNoteText,
  updateNote,
  type Note,
  type NoteKind,
} from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { kindLabel } from './note-kinds.js';

interface NoteCardProps {
  doc: YDoc;
  note: Note;
  /** Where focus should go once the card is gone. */
  onDeleted?: () => void;
}

export function NoteCard({ doc, note, onDeleted }: NoteCardProps) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const kind = kindLabel(note.kind, t);

  return (
    <article className="note-card" data-kind={note.kind} data-lifted={note.lifted}>
      <div className="note-card-top">
        <label className="visually-hidden" htmlFor={`${id}-kind`}>
          {t.kindLabel}
        </label>
        <select
          id={`${id}-kind`}
          className="kind-select"
          value={note.kind}
          onChange={(e) => updateNote(doc, note.id, { kind: e.target.value as NoteKind })}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, t)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button toggle"
          aria-pressed={note.lifted}
          onClick={() => updateNote(doc, note.id, { lifted: !note.lifted })}
        >
          <span aria-hidden="true">{note.lifted ? '★ ' : '☆ '}</span>
          {t.liftToPlenary}
        </button>
      </div>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {t.noteEditLabel(kind)}
      </label>
      <textarea
        id={`${id}-text`}
        value={note.text}
        maxLength={MAX_NOTE_CHARS}
        rows={3}
        onChange={(e) => setNoteText(doc, note.id, e.target.value.slice(0, MAX_NOTE_CHARS))}
        aria-describedby={`${id}-count`}
      />
      <div className="note-card-bottom">
        <p id={`${id}-count`} className="char-counter" data-full={note.text.length >= MAX_NOTE_CHARS}>
          {t.charCounter(note.text.length, MAX_NOTE_CHARS)}
        </p>
        {confirming ? (
          <div className="confirm-row" role="group" aria-label={t.deleteQuestion}>
            <span>{t.deleteQuestion}</span>
            <button
              type="button"
              className="button danger"
              onClick={() => {
                deleteNote(doc, note.id);
                onDeleted?.();
              }}
            >
              {t.confirmDelete}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </div>
        ) : (
          <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
            {t.deleteNote}
          </button>
        )}
      </div>
    </article>
  );
}

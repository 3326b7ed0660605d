/**
 * One note, editable in place. Its text is bound to the note's shared Y.Text (client/src/sync), so
 * several tablets can type in it at once and keep their carets; the card says who else is writing.
 * Kind, lift flag and delete are plain fields (last writer wins).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_NOTE_CHARS } from '../../../../shared/protocol.js';
import {
  deleteNote,
  NOTE_KINDS,
  updateNote,
  type Note,
  type NoteKind,
} from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { useNoteTextarea } from '../../sync/use-note-textarea.js';
import { kindLabel } from './note-kinds.js';
import { useTableContext } from './table-context.js';
import { WhoIsWriting } from './WhoIsWriting.js';

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
  const textareaRef = useNoteTextarea(doc, note.id);
  const editing = useEditingPresence(note.id);
  const kind = kindLabel(note.kind, t);
  const full = note.text.length >= MAX_NOTE_CHARS;

  return (
    <article className="note-card" data-kind={note.kind} data-lifted={note.lifted} data-note-id={note.id}>
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
      {/* Uncontrolled: the Y.Text binding owns the content (a re-render must not reset the caret). */}
      <textarea
        ref={textareaRef}
        id={`${id}-text`}
        defaultValue={note.text}
        maxLength={MAX_NOTE_CHARS}
        rows={3}
        onFocus={editing.start}
        onBlur={editing.stop}
        aria-describedby={`${id}-count`}
      />
      <WhoIsWriting noteId={note.id} />
      <div className="note-card-bottom">
        <p id={`${id}-count`} className="char-counter" data-full={full}>
          {t.charCounter(note.text.length, MAX_NOTE_CHARS)}
          {full && <span className="char-counter-hint"> {t.noteFull}</span>}
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

/** Tells the other tablets this note is being edited here, from focus until blur (or unmount). */
function useEditingPresence(noteId: string) {
  const { tableDoc } = useTableContext();
  const focused = useRef(false);
  const presence = tableDoc?.presence ?? null;
  useEffect(
    () => () => {
      if (focused.current) presence?.set({ editing: null });
    },
    [presence],
  );
  return {
    start: () => {
      focused.current = true;
      presence?.set({ editing: noteId });
    },
    stop: () => {
      focused.current = false;
      presence?.set({ editing: null });
    },
  };
}

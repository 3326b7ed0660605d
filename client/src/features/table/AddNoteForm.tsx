/**
 * Adds a note to a question. Folded behind one button per question so the page stays readable on a
 * tablet; it stays open after adding, for the next note.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_NOTE_CHARS } from '../../../../shared/protocol.js';
import { addNote, NOTE_KINDS, type NoteKind } from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { kindLabel } from './note-kinds.js';

interface AddNoteFormProps {
  doc: YDoc;
  phaseId: string;
  questionId: string | null;
}

export function AddNoteForm({ doc, phaseId, questionId }: AddNoteFormProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<NoteKind>(NOTE_KINDS[0] ?? 'note');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t.noteEmpty);
      textRef.current?.focus();
      return;
    }
    addNote(doc, { phaseId, questionId, kind, text: text.slice(0, MAX_NOTE_CHARS) });
    setText('');
    setError(null);
    textRef.current?.focus();
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button add-note-toggle"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          // Focus once the textarea exists (next frame): the person came here to type.
          requestAnimationFrame(() => textRef.current?.focus());
        }}
      >
        + {t.addNoteHeading}
      </button>
    );
  }

  return (
    <form className="add-note" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t.kindLabel}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k, t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t.noteTextLabel}</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          value={text}
          maxLength={MAX_NOTE_CHARS}
          rows={4}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-count ${id}-error` : `${id}-count`}
        />
        <p id={`${id}-count`} className="char-counter" data-full={text.length >= MAX_NOTE_CHARS}>
          {t.charCounter(text.length, MAX_NOTE_CHARS)}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary">
          {t.addNote}
        </button>
        <button type="button" className="button" aria-expanded={true} onClick={() => setOpen(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

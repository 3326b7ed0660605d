/** One question of the current phase: the table's notes that answer it, and a way to add one. */
import { useId, useRef } from 'react';
import type { Note } from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { AddNoteForm } from './AddNoteForm.js';
import { NoteCard } from './NoteCard.js';

interface QuestionSectionProps {
  doc: YDoc | null;
  phaseId: string;
  questionId: string | null;
  heading: string;
  notes: Note[];
}

export function QuestionSection({ doc, phaseId, questionId, heading, notes }: QuestionSectionProps) {
  const t = useT();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="question panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {notes.length === 0 ? (
        <p className="muted">{t.noNotesYet}</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id}>
              {doc && <NoteCard doc={doc} note={note} onDeleted={() => headingRef.current?.focus()} />}
            </li>
          ))}
        </ul>
      )}
      {doc && <AddNoteForm doc={doc} phaseId={phaseId} questionId={questionId} />}
    </section>
  );
}

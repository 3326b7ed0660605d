/** Notes written in other phases, folded away so the current phase stays in focus. */
import type { Phase } from '../../../../shared/docs/event-doc.js';
import type { Note } from '../../../../shared/docs/table-doc.js';
import { useT } from '../../i18n/index.js';
import type { YDoc } from '../../sync/types.js';
import { NoteCard } from './NoteCard.js';

export function OtherPhaseNotes({
  doc,
  notes,
  phases,
}: {
  doc: YDoc | null;
  notes: Note[];
  phases: Phase[];
}) {
  const t = useT();
  if (notes.length === 0 || !doc) return null;
  const titleOf = (phaseId: string) => phases.find((p) => p.id === phaseId)?.title ?? '';
  return (
    <details className="panel other-phases">
      <summary>{t.notesFromOtherPhases(notes.length)}</summary>
      <ul className="note-list">
        {notes.map((note) => (
          <li key={note.id}>
            {titleOf(note.phaseId) && <p className="eyebrow">{titleOf(note.phaseId)}</p>}
            <NoteCard doc={doc} note={note} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One table's notes, live, in a modal dialog opened from its tile: grouped by phase in the
 * workbook's order, each with its kind, the question it answers and whether it is lifted. The
 * native <dialog> keeps focus inside, closes on Escape and returns focus to the tile's button.
 */
import { useEffect, useId, useRef } from 'react';
import type { EventSnapshot } from '../../../../../shared/docs/event-doc.js';
import { readNotes, type Note } from '../../../../../shared/docs/table-doc.js';
import type { DocGrant } from '../../../../../shared/protocol.js';
import { useT } from '../../../i18n/index.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../../sync/use-synced-doc.js';
import { kindLabel } from '../../table/note-kinds.js';

interface TableNotesDialogProps {
  tableId: string | null;
  grant: DocGrant | null;
  token: string;
  event: EventSnapshot;
  onClose: () => void;
}

export function TableNotesDialog({ tableId, grant, token, event, onClose }: TableNotesDialogProps) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const open = tableId !== null;
  const synced = useSyncedDoc(open ? grant : null, token);
  const notes = useDocSnapshot(synced?.doc, readNotes);
  const loaded = useDocLoaded(synced);
  const table = event.tables.find((tb) => tb.tableId === tableId);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const groups = groupByPhase(notes ?? [], event, t.untitledPhase, t.otherPhase);

  return (
    <dialog ref={ref} className="notes-dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-heading`}>{t.notesOfTable(table?.name || t.tableLabel)}</h2>
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t.close}
        </button>
      </div>
      {open && (
        <div className="dialog-body" aria-live="polite" aria-relevant="additions">
          {!loaded ? (
            <p className="muted">{t.loading}</p>
          ) : groups.length === 0 ? (
            <p className="muted">{t.noNotesYet}</p>
          ) : (
            groups.map((group) => (
              <section key={group.key} aria-labelledby={`${id}-${group.key}`}>
                <h3 id={`${id}-${group.key}`}>
                  {group.title} <span className="muted">· {t.notesCount(group.notes.length)}</span>
                </h3>
                <ul className="note-list compact">
                  {group.notes.map((note) => (
                    <li key={note.id} className="note-summary" data-kind={note.kind}>
                      <p className="eyebrow">
                        {kindLabel(note.kind, t)}
                        {note.lifted && <span className="badge"> · ★ {t.liftedBadge}</span>}
                      </p>
                      {note.questionId && questionText(event, note) && (
                        <p className="muted note-question">{questionText(event, note)}</p>
                      )}
                      <p className="note-text">{note.text || <span className="muted">{t.emptyNote}</span>}</p>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
      )}
    </dialog>
  );
}

function questionText(event: EventSnapshot, note: Note): string {
  const phase = event.phases.find((p) => p.id === note.phaseId);
  return phase?.questions.find((q) => q.id === note.questionId)?.text ?? '';
}

interface Group {
  key: string;
  title: string;
  notes: Note[];
}

function groupByPhase(notes: Note[], event: EventSnapshot, untitled: string, other: string): Group[] {
  const groups: Group[] = event.phases.map((phase) => ({
    key: phase.id,
    title: phase.title || untitled,
    notes: notes.filter((note) => note.phaseId === phase.id),
  }));
  const known = new Set(event.phases.map((phase) => phase.id));
  groups.push({ key: 'other', title: other, notes: notes.filter((note) => !known.has(note.phaseId)) });
  return groups.filter((group) => group.notes.length > 0);
}

/**
 * Every table's notes, live: one section per table document the facilitator may open. Each section
 * opens its own document, so a table added later appears as soon as the grants are reloaded.
 */
import { useId } from 'react';
import type { EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { readNotes } from '../../../../shared/docs/table-doc.js';
import type { DocGrant } from '../../../../shared/protocol.js';
import { useT } from '../../i18n/index.js';
import { useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { kindLabel } from '../table/note-kinds.js';

interface LiveNotesProps {
  grants: DocGrant[];
  token: string;
  event: EventSnapshot | null;
}

export function LiveNotes({ grants, token, event }: LiveNotesProps) {
  const t = useT();
  const id = useId();
  const tableGrants = grants.filter((g) => g.kind === 'table');
  const order = new Map(event?.tables.map((table, index) => [table.tableId, index]) ?? []);
  tableGrants.sort((a, b) => (order.get(a.tableId ?? '') ?? 1e9) - (order.get(b.tableId ?? '') ?? 1e9));

  return (
    <section className="panel live-notes" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.liveNotesHeading}</h2>
      {tableGrants.length === 0 && <p className="muted">{t.noTables}</p>}
      {tableGrants.map((grant) => (
        <TableNotes key={grant.name} grant={grant} token={token} event={event} />
      ))}
    </section>
  );
}

function TableNotes({
  grant,
  token,
  event,
}: {
  grant: DocGrant;
  token: string;
  event: EventSnapshot | null;
}) {
  const t = useT();
  const id = useId();
  const synced = useSyncedDoc(grant, token);
  const notes = useDocSnapshot(synced?.doc, readNotes) ?? [];
  const table = event?.tables.find((tb) => tb.tableId === grant.tableId);
  const phaseTitle = (phaseId: string) => event?.phases.find((p) => p.id === phaseId)?.title ?? '';

  return (
    <section className="table-notes" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {table?.name || grant.tableId} <span className="muted">· {t.notesCount(notes.length)}</span>
      </h3>
      {notes.length > 0 && (
        <ul className="note-list compact">
          {notes.map((note) => (
            <li key={note.id} className="note-summary" data-kind={note.kind}>
              <p className="eyebrow">
                {kindLabel(note.kind, t)}
                {phaseTitle(note.phaseId) && ` · ${phaseTitle(note.phaseId)}`}
                {note.lifted && <span className="badge"> · ★ {t.liftedBadge}</span>}
              </p>
              <p className="note-text">{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The live overview: every table as a tile, in the event's table order, and the dialog that shows
 * one table's notes. Tables come from the event document (so a table a co-facilitator added shows at
 * once); the grants to open their documents come from the session, reloaded when one is missing.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { EventSnapshot } from '../../../../../shared/docs/event-doc.js';
import type { DocGrant } from '../../../../../shared/protocol.js';
import { useNow } from '../../../components/use-now.js';
import { useT } from '../../../i18n/index.js';
import { TableNotesDialog } from './TableNotesDialog.js';
import { TableTile } from './TableTile.js';

/** Relative times and the quiet threshold are re-read this often. */
const TICK_MS = 10_000;

interface OverviewProps {
  event: EventSnapshot | null;
  grants: DocGrant[];
  token: string;
  /** Asked when the event lists a table the session has no grant for yet. */
  onMissingGrant: () => void;
}

export function Overview({ event, grants, token, onMissingGrant }: OverviewProps) {
  const t = useT();
  const id = useId();
  const nowMs = useNow(true, TICK_MS);
  const [openTableId, setOpenTableId] = useState<string | null>(null);
  const grantOf = (tableId: string) =>
    grants.find((g) => g.kind === 'table' && g.tableId === tableId) ?? null;
  const missing = (event?.tables ?? [])
    .filter((table) => !grantOf(table.tableId))
    .map((table) => table.tableId)
    .join(' ');
  useReloadOnce(missing, onMissingGrant);

  return (
    <section className="overview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.overviewHeading}</h2>
      {!event ? (
        <p className="muted">{t.loading}</p>
      ) : event.tables.length === 0 ? (
        <p className="panel muted">{t.overviewEmpty}</p>
      ) : (
        <ul className="tiles">
          {event.tables.map((table) => (
            <TableTile
              key={table.tableId}
              table={table}
              grant={grantOf(table.tableId)}
              token={token}
              event={event}
              nowMs={nowMs}
              onOpen={setOpenTableId}
            />
          ))}
        </ul>
      )}
      {event && (
        <TableNotesDialog
          tableId={openTableId}
          grant={openTableId ? grantOf(openTableId) : null}
          token={token}
          event={event}
          onClose={() => setOpenTableId(null)}
        />
      )}
    </section>
  );
}

/** Calls `reload` once for each new non-empty value of `key`. */
function useReloadOnce(key: string, reload: () => void): void {
  const asked = useRef(new Set<string>());
  useEffect(() => {
    if (!key || asked.current.has(key)) return;
    asked.current.add(key);
    reload();
  }, [key, reload]);
}

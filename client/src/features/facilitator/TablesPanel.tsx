/**
 * Setting up the tables: each table with its code and link (rename, organisations, new code,
 * remove), a form to add one, the event's participating organisations, and the way to the
 * printable table cards.
 */
import { useEffect, useId } from 'react';
import { Link } from 'react-router-dom';
import { allOrganisations, type EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';
import { AddTableForm } from './AddTableForm.js';
import { TableItem } from './TableItem.js';
import { TablesLoadStatus, useTables } from './use-tables.js';

interface TablesPanelProps {
  eventId: string;
  token: string;
  event: EventSnapshot | null;
  /** A table was added or removed: the facilitator's grants changed. */
  onTablesChanged: () => void;
}

export function TablesPanel({ eventId, token, event, onTablesChanged }: TablesPanelProps) {
  const t = useT();
  const id = useId();
  const { state, reload } = useTables(eventId, token);
  const organisations = event ? allOrganisations(event) : [];
  const tableCount = state.status === 'ready' ? state.tables.length : 0;
  // Codes live only on the server: when the event document shows tables changed (perhaps by a
  // co-facilitator), fetch the list again.
  const signature = event?.tables
    .map((tb) => `${tb.tableId}:${tb.name}:${tb.organisations.join('|')}`)
    .join('\n');
  useEffect(() => {
    if (signature !== undefined) reload();
  }, [signature, reload]);

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.tablesHeading}</h2>
      <TablesLoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.tables.length === 0 ? (
          <p className="muted">{t.noTables}</p>
        ) : (
          <ul className="table-list">
            {state.tables.map((table) => (
              <TableItem
                key={table.tableId}
                eventId={eventId}
                token={token}
                table={table}
                onChanged={(removed) => {
                  reload();
                  if (removed) onTablesChanged();
                }}
              />
            ))}
          </ul>
        ))}
      {tableCount > 0 && (
        <p>
          <Link className="button" to={`/f/${encodeURIComponent(eventId)}/cards`}>
            {t.printCards}
          </Link>
        </p>
      )}
      <AddTableForm
        eventId={eventId}
        token={token}
        onAdded={() => {
          reload();
          onTablesChanged();
        }}
      />
      <section className="organisations" aria-labelledby={`${id}-orgs`}>
        <h3 id={`${id}-orgs`}>{t.participatingOrganisations(organisations.length)}</h3>
        {organisations.length === 0 ? (
          <p className="muted">{t.noOrganisations}</p>
        ) : (
          <ul className="organisation-list">
            {organisations.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

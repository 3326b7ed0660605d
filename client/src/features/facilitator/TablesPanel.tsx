/** The tables of the day with the code and link each one joins with, and a form to add one. */
import { useId } from 'react';
import type { TableSummary } from '../../../../shared/api.js';
import { formatJoinCode } from '../../../../shared/protocol.js';
import { CopyField } from '../../components/CopyField.js';
import { useT } from '../../i18n/index.js';
import { AddTableForm } from './AddTableForm.js';
import { useTables } from './use-tables.js';

interface TablesPanelProps {
  eventId: string;
  token: string;
  /** A table was added: the facilitator's grants now include its document. */
  onTablesChanged: () => void;
}

export function TablesPanel({ eventId, token, onTablesChanged }: TablesPanelProps) {
  const t = useT();
  const id = useId();
  const { state, reload } = useTables(eventId, token);

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.tablesHeading}</h2>
      {state.status === 'loading' && <p className="muted">{t.loading}</p>}
      {state.status === 'error' && (
        <p className="field-error">
          {state.error.code === 'network' ? t.networkError : t.genericError}{' '}
          <button type="button" className="button" onClick={reload}>
            {t.retry}
          </button>
        </p>
      )}
      {state.status === 'ready' &&
        (state.tables.length === 0 ? (
          <p className="muted">{t.noTables}</p>
        ) : (
          <ul className="table-list">
            {state.tables.map((table) => (
              <TableItem key={table.tableId} table={table} />
            ))}
          </ul>
        ))}
      <AddTableForm
        eventId={eventId}
        token={token}
        onAdded={() => {
          reload();
          onTablesChanged();
        }}
      />
    </section>
  );
}

function TableItem({ table }: { table: TableSummary }) {
  const t = useT();
  return (
    <li className="table-item">
      <h3>{table.name}</h3>
      {table.organisations.length > 0 && <p className="muted">{table.organisations.join(', ')}</p>}
      <p className="join-code">
        <span className="muted">{t.joinCode}: </span>
        <strong>{formatJoinCode(table.joinCode)}</strong>
      </p>
      <CopyField label={`${t.joinLink} – ${table.name}`} value={table.joinUrl} />
    </li>
  );
}

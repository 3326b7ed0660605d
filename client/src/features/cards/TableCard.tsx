/**
 * One printed table card: the table's name and organisations, a QR code of its join link, the code
 * in large type, and two lines on how to join — in the event's language (the page follows it).
 */
import type { TableSummary } from '../../../../shared/api.js';
import { formatJoinCode } from '../../../../shared/protocol.js';
import { useT } from '../../i18n/index.js';
import { QrCode } from './QrCode.js';

export function TableCard({ table, eventTitle }: { table: TableSummary; eventTitle: string }) {
  const t = useT();
  const joinAddress = `${new URL(table.joinUrl).host}/join`;
  return (
    <li className="table-card" data-table-id={table.tableId} aria-labelledby={`card-${table.tableId}`}>
      <p className="card-event">{eventTitle}</p>
      <h2 id={`card-${table.tableId}`} className="card-name">
        {table.name}
      </h2>
      {table.organisations.length > 0 && <p className="card-orgs">{table.organisations.join(', ')}</p>}
      <div className="card-body">
        <QrCode text={table.joinUrl} label={t.qrLabel(table.name)} className="card-qr" />
        <div className="card-join">
          <p className="card-code-label">{t.joinCodeLabel}</p>
          <p className="card-code">{formatJoinCode(table.joinCode)}</p>
          <ol className="card-howto">
            <li>{t.cardHowToScan}</li>
            <li>{t.cardHowToType(joinAddress)}</li>
          </ol>
        </div>
      </div>
    </li>
  );
}

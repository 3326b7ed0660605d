/**
 * One table in the setup list: its code and join link, and the ways to change it — rename and edit
 * its organisations, give it a new code, remove it. Codes are secrets kept by the server, so these
 * go through the REST API; the server mirrors name and organisations into the event document.
 */
import { useId, useState, type FormEvent } from 'react';
import type { TableSummary } from '../../../../shared/api.js';
import { formatJoinCode } from '../../../../shared/protocol.js';
import { deleteTable, rotateJoinCode, updateTable } from '../../api/endpoints.js';
import type { ApiFailure } from '../../api/http.js';
import { CopyField } from '../../components/CopyField.js';
import { useT } from '../../i18n/index.js';
import { ConfirmRow } from './ConfirmRow.js';
import { parseOrganisations } from './organisations.js';

interface TableItemProps {
  eventId: string;
  token: string;
  table: TableSummary;
  /** The table changed (or is gone): reload the list and, after a removal, the grants. */
  onChanged: (removed: boolean) => void;
}

type Mode = 'view' | 'edit' | 'confirm-rotate' | 'confirm-remove';

export function TableItem({ eventId, token, table, onChanged }: TableItemProps) {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(table.name);
  const [organisations, setOrganisations] = useState(table.organisations.join('\n'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const failed = (failure: ApiFailure) =>
    setError(failure.code === 'network' ? t.networkError : t.genericError);

  function startEdit() {
    setName(table.name);
    setOrganisations(table.organisations.join('\n'));
    setError(null);
    setMode('edit');
  }

  async function onSave(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(t.tableNameRequired);
      return;
    }
    setBusy(true);
    const result = await updateTable(eventId, table.tableId, token, {
      name: name.trim(),
      organisations: parseOrganisations(organisations),
    });
    setBusy(false);
    if (!result.ok) return failed(result.error);
    setError(null);
    setMode('view');
    setNotice(t.tableSaved);
    onChanged(false);
  }

  async function onRotate() {
    setBusy(true);
    const result = await rotateJoinCode(eventId, table.tableId, token);
    setBusy(false);
    setMode('view');
    if (!result.ok) return failed(result.error);
    setNotice(t.codeRotated(formatJoinCode(result.value.joinCode)));
    onChanged(false);
  }

  async function onRemove() {
    setBusy(true);
    const result = await deleteTable(eventId, table.tableId, token);
    setBusy(false);
    if (!result.ok && result.error.status !== 404) {
      setMode('view');
      return failed(result.error);
    }
    onChanged(true);
  }

  return (
    <li className="table-item" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{table.name}</h3>
      {table.organisations.length > 0 && <p className="muted">{table.organisations.join(', ')}</p>}
      <p className="join-code">
        <span className="muted">{t.joinCode}: </span>
        <strong>{formatJoinCode(table.joinCode)}</strong>
      </p>
      <CopyField label={`${t.joinLink} – ${table.name}`} value={table.joinUrl} />
      {mode === 'edit' && (
        <form className="table-edit" onSubmit={onSave} noValidate>
          <div className="field">
            <label htmlFor={`${id}-edit-name`}>{t.tableNameLabel}</label>
            <input
              id={`${id}-edit-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={100}
              autoFocus
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-edit-orgs`}>{t.organisationsLabel}</label>
            <p id={`${id}-edit-orgs-hint`} className="hint">
              {t.organisationsHint}
            </p>
            <textarea
              id={`${id}-edit-orgs`}
              value={organisations}
              onChange={(e) => setOrganisations(e.target.value)}
              rows={3}
              aria-describedby={`${id}-edit-orgs-hint`}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button primary" disabled={busy}>
              {t.save}
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
      {mode === 'confirm-rotate' && (
        <ConfirmRow
          question={t.rotateQuestion(table.name)}
          confirmLabel={t.rotateConfirm}
          busy={busy}
          onConfirm={() => void onRotate()}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'confirm-remove' && (
        <ConfirmRow
          question={t.removeTableQuestion(table.name)}
          confirmLabel={t.removeTableConfirm}
          busy={busy}
          onConfirm={() => void onRemove()}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'view' && (
        <div className="button-row">
          <button type="button" className="button subtle" onClick={startEdit}>
            {t.editTable}
            <span className="visually-hidden"> – {table.name}</span>
          </button>
          <button type="button" className="button subtle" onClick={() => setMode('confirm-rotate')}>
            {t.rotateCode}
            <span className="visually-hidden"> – {table.name}</span>
          </button>
          <button type="button" className="button subtle" onClick={() => setMode('confirm-remove')}>
            {t.removeTable}
            <span className="visually-hidden"> – {table.name}</span>
          </button>
        </div>
      )}
      {error && <p className="field-error">{error}</p>}
      <p className="visually-hidden" aria-live="polite">
        {notice}
      </p>
    </li>
  );
}

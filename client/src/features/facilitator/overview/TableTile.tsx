/**
 * One table in the live overview: its state in words (and a shape, not colour alone), tablets
 * connected, its phase, notes per phase, last activity and last contact, the newest note, and a
 * button that opens the table's notes.
 */
import {
  currentPhaseFor,
  type EventSnapshot,
  type EventTable,
} from '../../../../../shared/docs/event-doc.js';
import type { DocGrant } from '../../../../../shared/protocol.js';
import { useLanguage, useT, type Dictionary } from '../../../i18n/index.js';
import { formatAgo } from '../relative-time.js';
import { notesPerPhase, QUIET_AFTER_MS, tileState, type TileState } from '../table-activity.js';
import { useTablePresence } from './use-table-presence.js';

interface TableTileProps {
  table: EventTable;
  grant: DocGrant | null;
  token: string;
  event: EventSnapshot;
  nowMs: number;
  onOpen: (tableId: string) => void;
}

export function stateLabel(state: TileState, tablets: number, t: Dictionary): string {
  switch (state) {
    case 'loading':
      return t.loading;
    case 'unknown':
      return t.tileUnknown;
    case 'waiting':
      return t.tileWaiting;
    case 'active':
      return t.tileActive(tablets);
    case 'quiet':
      return t.tileQuiet(tablets, QUIET_AFTER_MS / 60_000);
    case 'disconnected':
      return t.tileDisconnected;
  }
}

export function TableTile({ table, grant, token, event, nowMs, onOpen }: TableTileProps) {
  const t = useT();
  const language = useLanguage();
  const presence = useTablePresence(grant, token, nowMs);
  const state = grant
    ? tileState({
        consoleSynced: presence.consoleSynced,
        loaded: presence.loaded,
        tabletsConnected: presence.tablets,
        everUsed: presence.everUsed,
        lastActivityMs: presence.activitySinceMs,
        nowMs,
      })
    : 'loading';
  const phase = currentPhaseFor(event, table.tableId);
  const ownPhase = table.tableId in event.live.phaseByTable && phase?.id !== event.live.currentPhaseId;
  const counts = notesPerPhase(presence.notes, event.phases).filter((c) => c.count > 0);
  const latest = [...presence.notes]
    .filter((note) => note.text.trim())
    .sort((a, b) => b.updatedAtMs - a.updatedAtMs)[0];
  const ago = (at: number | null) => (at === null ? t.never : formatAgo(at, nowMs, language, t.justNow));
  const headingId = `tile-${table.tableId}`;

  return (
    <li className="tile" data-state={state} data-table-id={table.tableId} aria-labelledby={headingId}>
      <div className="tile-head">
        <h3 id={headingId}>{table.name || t.tableLabel}</h3>
        <p className="tile-status" data-state={state}>
          <span className="tile-dot" aria-hidden="true" />
          {stateLabel(state, presence.tablets, t)}
        </p>
      </div>
      {table.organisations.length > 0 && <p className="muted tile-orgs">{table.organisations.join(', ')}</p>}
      <dl className="tile-facts">
        <div>
          <dt>{t.phaseLabel}</dt>
          <dd>
            {phase ? phase.title || t.untitledPhase : '—'}
            {ownPhase && <span className="badge"> ({t.ownPhase})</span>}
          </dd>
        </div>
        <div>
          <dt>{t.tabletsLabel}</dt>
          <dd data-testid="tablets">{presence.tablets}</dd>
        </div>
        <div>
          <dt>{t.notesHeading}</dt>
          <dd data-testid="notes-count">
            {presence.notes.length}
            {counts.length > 0 && (
              <span className="phase-counts">
                {' '}
                ({counts.map((c) => `${c.title || t.otherPhase} ${c.count}`).join(' · ')})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.lastActivity}</dt>
          <dd>{ago(presence.lastActivityMs)}</dd>
        </div>
        <div>
          <dt>{t.lastContact}</dt>
          <dd>{ago(presence.lastContactMs)}</dd>
        </div>
      </dl>
      {latest && (
        <figure className="tile-latest">
          <figcaption className="visually-hidden">{t.latestNote}</figcaption>
          <blockquote className="note-text">{latest.text}</blockquote>
        </figure>
      )}
      <button type="button" className="button" onClick={() => onOpen(table.tableId)} disabled={!grant}>
        {t.readNotes}
        <span className="visually-hidden"> – {table.name}</span>
      </button>
    </li>
  );
}

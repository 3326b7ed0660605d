/**
 * `/f/:eventId/report` — the report, built live from the board: options, the texts that belong to
 * the report (introduction, reflections), downloads in every format, print/PDF, and the preview.
 */
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { readEvent } from '../../../../shared/docs/event-doc.js';
import { readBoard } from '../../../../shared/docs/board-doc.js';
import { readNotes } from '../../../../shared/docs/table-doc.js';
import { buildReport, type Attribution } from '../../../../shared/report/model.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { usePageError, useSession } from '../../session/use-session.js';
import { useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { useDocsSnapshot, useSyncedDocs } from '../../sync/use-synced-docs.js';
import { SessionGate } from '../../app/SessionGate.js';
import { ReportControls } from './ReportControls.js';
import { ReportPreview } from './ReportPreview.js';
import { ReportTexts } from './ReportTexts.js';
import './report.css';

export function ReportPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const token = useRoleToken('facilitator', eventId);
  const { state, reload } = useSession(token);
  const session = state.status === 'ready' && state.session.role === 'facilitator' ? state.session : null;
  usePageError(state.status === 'ready' && !session ? 'auth' : null);
  useEventLanguage(session?.event.language);
  useDocumentTitle(`${t.reportHeading} – ${session?.event.title ?? ''}`);

  const grants = session?.docs ?? [];
  const eventDoc = useSyncedDoc(
    grants.find((g) => g.kind === 'event'),
    token,
  );
  const boardDoc = useSyncedDoc(
    grants.find((g) => g.kind === 'board'),
    token,
  );
  const tableGrants = grants.filter((g) => g.kind === 'table');
  const tableDocs = useSyncedDocs(tableGrants, token);
  const event = useDocSnapshot(eventDoc?.doc, readEvent);
  const board = useDocSnapshot(boardDoc?.doc, readBoard);
  const notes = useDocsSnapshot(
    useMemo(() => tableDocs.map((d) => d.doc), [tableDocs]),
    readNotes,
  );

  const [attribution, setAttribution] = useState<Attribution>('group');
  const [includeUnplaced, setIncludeUnplaced] = useState(false);
  const model = useMemo(() => {
    if (!event || !board) return null;
    const tables = tableDocs.map((d, i) => ({ tableId: d.grant.tableId ?? '', notes: notes[i] ?? [] }));
    return buildReport({ event, board, tables }, { attribution, includeUnplaced });
  }, [event, board, tableDocs, notes, attribution, includeUnplaced]);

  if (!token || !session) {
    return (
      <SessionGate
        heading={t.reportHeading}
        hasToken={!!token}
        loading={state.status === 'loading'}
        onRetry={reload}
      />
    );
  }

  return (
    <div className="report-page">
      <div className="page-heading no-print">
        <p className="eyebrow">
          <Link to={`/f/${eventId}`}>{t.reportBackToConsole}</Link>
        </p>
        <h1>{t.reportHeading}</h1>
        <p className="muted">{t.reportIntro}</p>
      </div>
      <div className="report-side no-print">
        <ReportControls
          eventId={eventId}
          token={token}
          attribution={attribution}
          onAttribution={setAttribution}
          includeUnplaced={includeUnplaced}
          onIncludeUnplaced={setIncludeUnplaced}
        />
        {boardDoc && board && (
          <ReportTexts board={boardDoc.doc} intro={board.intro} reflections={board.reflections} />
        )}
      </div>
      <section className="report-preview" aria-label={t.reportPreviewHeading}>
        {model ? <ReportPreview model={model} /> : <p className="muted">{t.loading}</p>}
      </section>
    </div>
  );
}

/**
 * Exports of the clustered day for its facilitators — Markdown, CSV, DOCX, JSON archive — and the
 * import of an archive as a new event with new secrets.
 */
import type { EventTable } from '../../shared/docs/event-schema.js';
import { docName } from '../../shared/protocol.js';
import { restoreBoardDoc, restoreEventDoc, restoreTableDoc } from '../../shared/docs/restore.js';
import { buildReport, type Attribution } from '../../shared/report/model.js';
import { reportToMarkdown } from '../../shared/report/markdown.js';
import { notesToCsv } from '../../shared/report/csv.js';
import { exportArchive, remapArchiveRefs } from '../../shared/report/archive.js';
import { createEvent, createTable } from '../events/create.js';
import { reportToDocx } from '../report/docx.js';
import { loadReportInput } from '../report/load.js';
import { ArchiveSchema, MAX_ARCHIVE_BYTES } from '../report/archive-schema.js';
import { readJson } from './body.js';
import { requireFacilitator } from './auth-guard.js';
import { HttpError } from './errors.js';
import { publicOrigin, type ApiDeps } from './deps.js';
import type { Reply, Router } from './router.js';

const FORMATS = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
type Format = keyof typeof FORMATS;

const ATTRIBUTIONS: Attribution[] = ['group', 'table', 'table-and-organisations'];

/** A file name people recognise: `rapport-framgangsfaktorer-2019-05-14.docx`. */
function fileName(title: string, date: string | null, format: Format, language: string): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'dialogdag';
  const base = `${language === 'en' ? 'report' : 'rapport'}-${slug}${date ? `-${date}` : ''}`;
  return `${format === 'json' ? `${base}-arkiv` : base}.${format}`;
}

export function registerReportRoutes(router: Router, deps: ApiDeps): void {
  const { storage, registry, log } = deps;

  router.add('GET', '/api/events/:eventId/export/:format', async ({ req, params }) => {
    const eventId = params.eventId!;
    requireFacilitator(storage, req, eventId);
    const format = params.format as Format;
    if (!(format in FORMATS)) throw new HttpError('not_found', 'Formats: md, csv, docx, json.');
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const attribution = (query.get('attribution') ?? 'group') as Attribution;
    if (!ATTRIBUTIONS.includes(attribution)) {
      throw new HttpError('bad_request', `attribution must be one of ${ATTRIBUTIONS.join(', ')}.`);
    }
    const input = await loadReportInput(storage, registry, eventId);
    const model = buildReport(input, { attribution, includeUnplaced: query.get('unplaced') === '1' });
    let data: Buffer | string;
    if (format === 'md') data = reportToMarkdown(model);
    else if (format === 'csv') data = notesToCsv(input);
    else if (format === 'json') data = JSON.stringify(exportArchive(input), null, 2) + '\n';
    else data = await reportToDocx(model);
    const name = fileName(model.title, model.date, format, model.language);
    const reply: Reply = {
      status: 200,
      file: { contentType: FORMATS[format], data },
      headers: {
        'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      },
    };
    return reply;
  });

  router.add('POST', '/api/import', async ({ req }) => {
    const archive = await readJson(req, ArchiveSchema, MAX_ARCHIVE_BYTES);
    const { info, phases } = archive.event;
    const created = createEvent(storage, registry, info, publicOrigin(deps, req), () => {});
    const eventId = created.eventId;
    try {
      const tableIdOfKey = new Map<string, string>();
      const eventTables: EventTable[] = [];
      for (const table of archive.tables) {
        const row = createTable(storage, registry, eventId, table, false);
        tableIdOfKey.set(table.key, row.tableId);
        eventTables.push({
          tableId: row.tableId,
          name: table.name,
          organisations: table.organisations,
          order: table.order,
        });
        registry.write(docName({ kind: 'table', eventId, tableId: row.tableId }), (doc) =>
          restoreTableDoc(doc, table.notes),
        );
      }
      registry.write(docName({ kind: 'event', eventId }), (doc) =>
        restoreEventDoc(doc, { info, phases, tables: eventTables }),
      );
      registry.write(docName({ kind: 'board', eventId }), (doc) =>
        restoreBoardDoc(doc, {
          ...archive.board,
          placements: remapArchiveRefs(archive.board.placements, tableIdOfKey),
          excerpts: remapArchiveRefs(archive.board.excerpts, tableIdOfKey),
        }),
      );
    } catch (error) {
      storage.deleteEvent(eventId);
      throw error;
    }
    log.info({ eventId, tables: archive.tables.length }, 'archive imported');
    return {
      status: 201,
      body: {
        ...created,
        tables: storage
          .listTables(eventId)
          .map((t) => ({ tableId: t.tableId, name: t.name, joinCode: t.joinCode })),
      },
    };
  });
}

/**
 * Every note of the day as CSV, one row per note, for spreadsheets: UTF-8 with a byte-order mark so
 * Excel reads å, ä and ö; semicolons for Swedish events (Swedish Excel's list separator), commas for
 * English ones; CRLF line ends; every field quoted. A field that starts like a formula (`=`, `+`,
 * `-`, `@`, tab, CR) is prefixed with an apostrophe so a spreadsheet shows it instead of running it.
 */
import type { ReportInput } from './model.js';
import { reportLabels } from './labels.js';
import { noteRef } from '../docs/board-schema.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formula injection and quotes the field. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function notesToCsv(input: ReportInput): string {
  const { event, board } = input;
  const labels = reportLabels(event.info.language);
  const separator = event.info.language === 'sv' ? ';' : ',';
  const phases = new Map(event.phases.map((p, i) => [p.id, { phase: p, index: i }]));
  const questions = new Map(event.phases.flatMap((p) => p.questions.map((q) => [q.id, q.text] as const)));
  const factors = new Map(board.factors.map((f) => [f.id, f.title]));
  const tableOrder = new Map(event.tables.map((t, i) => [t.tableId, i]));
  const tableInfo = new Map(event.tables.map((t) => [t.tableId, t]));

  const tables = [...input.tables].sort(
    (a, b) =>
      (tableOrder.get(a.tableId) ?? 1e9) - (tableOrder.get(b.tableId) ?? 1e9) ||
      (a.tableId < b.tableId ? -1 : 1),
  );
  const rows = [labels.csvHeaders];
  for (const table of tables) {
    const info = tableInfo.get(table.tableId);
    // Phase order, then the table's own note order (readNotes already sorted by order).
    const notes = [...table.notes].sort(
      (a, b) => (phases.get(a.phaseId)?.index ?? 1e9) - (phases.get(b.phaseId)?.index ?? 1e9),
    );
    for (const note of notes) {
      const ref = noteRef(table.tableId, note.id);
      const factorId = board.placements[ref]?.factorId ?? null;
      rows.push([
        info?.name ?? '',
        (info?.organisations ?? []).join(', '),
        phases.get(note.phaseId)?.phase.title ?? '',
        note.questionId ? (questions.get(note.questionId) ?? '') : '',
        labels.kinds[note.kind],
        note.text,
        note.lifted ? labels.lifted.yes : labels.lifted.no,
        factorId ? (factors.get(factorId) ?? '') : '',
        board.excerpts[ref] ?? '',
      ]);
    }
  }
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(separator)).join('\r\n') + '\r\n';
}

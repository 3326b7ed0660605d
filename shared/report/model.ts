/**
 * The report model: the clustered day in the shape of the seed report — title, introduction, a
 * summary list of the factors, one section per factor (narrative, quotes, evidence), participating
 * organisations, reflections, and optionally an appendix of notes not placed on any factor.
 *
 * Built from plain snapshots of the event, table and board documents, so the browser (preview) and
 * the server (downloads) build the same report. Pure and deterministic: the same snapshots give the
 * same model, field for field.
 */
import type { Language } from '../api.js';
import type { EventSnapshot } from '../docs/event-schema.js';
import type { BoardSnapshot } from '../docs/board-schema.js';
import type { Note, NoteKind } from '../docs/table-doc.js';
import { allOrganisations } from '../docs/event-read.js';
import { noteRef } from '../docs/board-schema.js';
import { compareOrder } from '../order.js';

/**
 * How quotes are attributed. The seed report says only "en grupp"; an event may allow naming the
 * table, or the table and its organisations. Never a person: notes carry no names.
 */
export type Attribution = 'group' | 'table' | 'table-and-organisations';

export interface ReportOptions {
  attribution: Attribution;
  /** Add an appendix with the notes lifted to the plenary but not placed on any factor. */
  includeUnplaced: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { attribution: 'group', includeUnplaced: false };

export interface ReportQuote {
  /** The excerpt chosen on the board, or the note's whole text. */
  text: string;
  kind: NoteKind;
  /** Table name, present unless attribution is 'group'. */
  tableName: string | null;
  /** Present only with 'table-and-organisations'. */
  organisations: string[];
}

export interface ReportEvidence {
  notes: number;
  tables: number;
  organisations: number;
}

export interface ReportFactor {
  id: string;
  title: string;
  narrative: string;
  quotes: ReportQuote[];
  evidence: ReportEvidence;
}

export interface ReportModel {
  language: Language;
  title: string;
  organiser: string;
  date: string | null;
  intro: string;
  factors: ReportFactor[];
  /** Every organisation seated at a table, sorted the Swedish way. */
  organisations: string[];
  reflections: string;
  /** Lifted notes on no factor; empty unless `includeUnplaced`. */
  unplaced: ReportQuote[];
  attribution: Attribution;
}

/** One table's notes, as read from its document. */
export interface TableNotes {
  tableId: string;
  notes: Note[];
}

export interface ReportInput {
  event: EventSnapshot;
  tables: TableNotes[];
  board: BoardSnapshot;
}

/** Builds the report from snapshots of the event's three kinds of document. */
export function buildReport(
  input: ReportInput,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): ReportModel {
  const { event, board } = input;
  const tableInfo = new Map(event.tables.map((t) => [t.tableId, t]));
  const notesByRef = new Map<string, { tableId: string; note: Note }>();
  for (const table of input.tables) {
    for (const note of table.notes)
      notesByRef.set(noteRef(table.tableId, note.id), { tableId: table.tableId, note });
  }

  const quoteOf = (ref: string): ReportQuote | null => {
    const found = notesByRef.get(ref);
    // A note deleted at its table after it was placed is no longer part of the day.
    if (!found) return null;
    const table = tableInfo.get(found.tableId);
    const excerpt = board.excerpts[ref]?.trim();
    return {
      text: excerpt || found.note.text.trim(),
      kind: found.note.kind,
      tableName: options.attribution === 'group' ? null : (table?.name ?? null),
      organisations: options.attribution === 'table-and-organisations' ? (table?.organisations ?? []) : [],
    };
  };

  const placed = Object.values(board.placements);
  const factors: ReportFactor[] = board.factors.map((factor) => {
    const refs = placed
      .filter((p) => p.factorId === factor.id)
      .sort((a, b) => compareOrder(a.order, b.order) || (a.noteRef < b.noteRef ? -1 : 1))
      .map((p) => p.noteRef)
      .filter((ref) => notesByRef.has(ref));
    const tableIds = new Set(refs.map((ref) => notesByRef.get(ref)!.tableId));
    const organisations = new Set([...tableIds].flatMap((id) => tableInfo.get(id)?.organisations ?? []));
    return {
      id: factor.id,
      title: factor.title.trim(),
      narrative: factor.narrative.trim(),
      quotes: refs.map(quoteOf).filter((q): q is ReportQuote => q !== null && q.text !== ''),
      evidence: { notes: refs.length, tables: tableIds.size, organisations: organisations.size },
    };
  });

  const unplaced: ReportQuote[] = [];
  if (options.includeUnplaced) {
    for (const table of input.tables) {
      for (const note of table.notes) {
        const ref = noteRef(table.tableId, note.id);
        if (!note.lifted || board.placements[ref]?.factorId) continue;
        const quote = quoteOf(ref);
        if (quote && quote.text) unplaced.push(quote);
      }
    }
  }

  return {
    language: event.info.language,
    title: event.info.title,
    organiser: event.info.organiser,
    date: event.info.date,
    intro: board.intro.trim(),
    factors,
    organisations: allOrganisations(event),
    reflections: board.reflections.trim(),
    unplaced,
    attribution: options.attribution,
  };
}

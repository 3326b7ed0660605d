/**
 * What the board shows, derived once per snapshot (board document + every table document + event
 * document): the notes, the pool of unplaced notes, each factor's notes in order with its evidence.
 *
 * Derivation shares structure with the previous model: a note, card item, list or factor view that
 * did not change keeps its identity, so memoised cards and columns skip rendering. With 2,000 notes a
 * drop then re-renders the two columns it touched, not the board.
 */
import type { BoardSnapshot, Factor } from '../../../../shared/docs/board-doc.js';
import { noteRef } from '../../../../shared/docs/board-doc.js';
import type { EventSnapshot } from '../../../../shared/docs/event-doc.js';
import type { Note, NoteKind } from '../../../../shared/docs/table-doc.js';
import { compareOrder } from '../../../../shared/order.js';

/** One table's notes, as read from its document. */
export interface TableNotes {
  tableId: string;
  notes: readonly Note[];
}

/** A note on the board: a table's note with its reference. */
export interface BoardNote {
  ref: string;
  tableId: string;
  text: string;
  kind: NoteKind;
  phaseId: string;
  lifted: boolean;
  createdAtMs: number;
}

/** What one card shows. `factorId` null = in the pool. */
export interface CardItem {
  ref: string;
  note: BoardNote;
  excerpt: string | null;
  factorId: string | null;
}

/** How much lies behind a factor: its notes, and the tables and organisations they came from. */
export interface Evidence {
  notes: number;
  tables: number;
  organisations: number;
}

export interface FactorView {
  factor: Factor;
  items: readonly CardItem[];
  evidence: Evidence;
}

/** A table as the board labels it. */
export interface TableInfo {
  name: string;
  organisations: readonly string[];
}

export interface BoardModel {
  factors: readonly FactorView[];
  /** Unplaced notes with text, newest first. */
  pool: readonly CardItem[];
  /** Every card, placed or not, by note reference. */
  items: ReadonlyMap<string, CardItem>;
  tables: ReadonlyMap<string, TableInfo>;
}

export interface BoardInput {
  board: BoardSnapshot;
  notes: readonly TableNotes[];
  /** From {@link tableInfos}, recomputed only when the event document changes. */
  tables: ReadonlyMap<string, TableInfo>;
}

export const EMPTY_MODEL: BoardModel = { factors: [], pool: [], items: new Map(), tables: new Map() };

function sameNote(a: BoardNote | undefined, note: Note, tableId: string): a is BoardNote {
  return (
    a !== undefined &&
    a.tableId === tableId &&
    a.text === note.text &&
    a.kind === note.kind &&
    a.phaseId === note.phaseId &&
    a.lifted === note.lifted &&
    a.createdAtMs === note.createdAtMs
  );
}

/** `next` if any element differs from `prev`, else `prev` (so an unchanged list keeps its identity). */
function shareList<T>(prev: readonly T[] | undefined, next: T[]): readonly T[] {
  if (prev && prev.length === next.length && prev.every((item, i) => item === next[i])) return prev;
  return next;
}

/** The event's tables as the board labels them (organisations trimmed, blanks dropped). */
export function tableInfos(event: EventSnapshot | null): ReadonlyMap<string, TableInfo> {
  const tables = new Map<string, TableInfo>();
  for (const table of event?.tables ?? []) {
    const organisations = table.organisations.map((o) => o.trim()).filter(Boolean);
    tables.set(table.tableId, { name: table.name, organisations });
  }
  return tables;
}

function evidenceOf(items: readonly CardItem[], tables: ReadonlyMap<string, TableInfo>): Evidence {
  const tableIds = new Set(items.map((item) => item.note.tableId));
  const organisations = new Set<string>();
  for (const id of tableIds) for (const name of tables.get(id)?.organisations ?? []) organisations.add(name);
  return { notes: items.length, tables: tableIds.size, organisations: organisations.size };
}

function sameFactorView(a: FactorView | undefined, b: FactorView): a is FactorView {
  return (
    a !== undefined &&
    a.items === b.items &&
    a.factor.title === b.factor.title &&
    a.factor.narrative === b.factor.narrative &&
    a.factor.order === b.factor.order &&
    a.evidence.notes === b.evidence.notes &&
    a.evidence.tables === b.evidence.tables &&
    a.evidence.organisations === b.evidence.organisations
  );
}

/** Derives the board model, reusing whatever did not change from `prev`. */
export function deriveBoardModel(prev: BoardModel | null, input: BoardInput): BoardModel {
  const { board, tables } = input;
  const items = new Map<string, CardItem>();
  for (const { tableId, notes } of input.notes) {
    for (const note of notes) {
      const ref = noteRef(tableId, note.id);
      const before = prev?.items.get(ref);
      const boardNote: BoardNote = sameNote(before?.note, note, tableId)
        ? before!.note
        : {
            ref,
            tableId,
            text: note.text,
            kind: note.kind,
            phaseId: note.phaseId,
            lifted: note.lifted,
            createdAtMs: note.createdAtMs,
          };
      const excerpt = board.excerpts[ref] ?? null;
      const factorId = board.placements[ref]?.factorId ?? null;
      const item =
        before && before.note === boardNote && before.excerpt === excerpt && before.factorId === factorId
          ? before
          : { ref, note: boardNote, excerpt, factorId };
      items.set(ref, item);
    }
  }

  // Each factor's notes in placement order (ties by reference), one pass over the placements.
  const buckets = new Map<string, { item: CardItem; order: string }[]>();
  for (const placement of Object.values(board.placements)) {
    const item = items.get(placement.noteRef);
    if (!item || placement.factorId === null) continue;
    let bucket = buckets.get(placement.factorId);
    if (!bucket) buckets.set(placement.factorId, (bucket = []));
    bucket.push({ item, order: placement.order });
  }
  const prevFactors = new Map(prev?.factors.map((view) => [view.factor.id, view]));
  const factors = board.factors.map((factor) => {
    const sorted = (buckets.get(factor.id) ?? [])
      .sort((a, b) => compareOrder(a.order, b.order) || compareOrder(a.item.ref, b.item.ref))
      .map((entry) => entry.item);
    const before = prevFactors.get(factor.id);
    const list = shareList(before?.items, sorted);
    const view: FactorView = { factor, items: list, evidence: evidenceOf(list, tables) };
    return sameFactorView(before, view) ? before : view;
  });

  const pool = [...items.values()]
    .filter((item) => item.factorId === null && item.note.text.trim() !== '')
    .sort((a, b) => b.note.createdAtMs - a.note.createdAtMs || compareOrder(a.ref, b.ref));

  return {
    factors: shareList(prev?.factors, factors),
    pool: shareList(prev?.pool, pool),
    items,
    tables,
  };
}

/** Where a note is: its factor (null = pool), its index there and the list's length. */
export function locate(
  model: BoardModel,
  ref: string,
): { factorId: string | null; index: number; count: number } | null {
  const item = model.items.get(ref);
  if (!item) return null;
  const list =
    item.factorId === null ? model.pool : model.factors.find((f) => f.factor.id === item.factorId)?.items;
  if (!list) return { factorId: null, index: model.pool.indexOf(item), count: model.pool.length };
  return { factorId: item.factorId, index: list.indexOf(item), count: list.length };
}

/** The refs of a factor's notes in order, or null when the factor does not exist. */
export function factorRefs(model: BoardModel, factorId: string): string[] | null {
  const view = model.factors.find((f) => f.factor.id === factorId);
  return view ? view.items.map((item) => item.ref) : null;
}

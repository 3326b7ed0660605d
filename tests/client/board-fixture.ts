/**
 * A small board for client tests: a board document built with the real ops, notes of two tables and
 * the event's tables, turned into a board model as the page would. Not a test file itself.
 */
import * as Y from 'yjs';
import { createFactor, moveNote, readBoard, setExcerpt } from '../../shared/docs/board-doc.js';
import type { Note, NoteKind } from '../../shared/docs/table-doc.js';
import {
  deriveBoardModel,
  type BoardModel,
  type TableInfo,
  type TableNotes,
} from '../../client/src/features/board/board-model.js';

export function note(id: string, text: string, createdAtMs: number, extra: Partial<Note> = {}): Note {
  return {
    id,
    text,
    phaseId: 'p1',
    questionId: null,
    kind: 'story' as NoteKind,
    lifted: false,
    order: 'a0',
    createdAtMs,
    updatedAtMs: createdAtMs,
    ...extra,
  };
}

export const TABLES: ReadonlyMap<string, TableInfo> = new Map([
  ['t1', { name: 'Bord 1', organisations: ['Borås', 'Alingsås'] }],
  ['t2', { name: 'Bord 2', organisations: ['Alingsås', 'Lerum'] }],
]);

export interface Fixture {
  doc: Y.Doc;
  notes: TableNotes[];
  structure: string;
  vilja: string;
  model: () => BoardModel;
}

/**
 * Two factors: "En kommunövergripande struktur" holding t1:a, t2:c, t1:b (in that order) and
 * "En organisatorisk och politisk vilja" (empty); t2:d and t2:e in the pool; t1:x blank.
 */
export function boardFixture(): Fixture {
  const doc = new Y.Doc();
  const structure = createFactor(doc, 'En kommunövergripande struktur');
  const vilja = createFactor(doc, 'En organisatorisk och politisk vilja');
  moveNote(doc, 't1:a', structure, null);
  moveNote(doc, 't2:c', structure, null);
  moveNote(doc, 't1:b', structure, null);
  setExcerpt(doc, 't2:c', 'Ett skelett som bygger organisationen');
  const notes: TableNotes[] = [
    {
      tableId: 't1',
      notes: [
        note('a', 'En tydlig struktur definierar roller och ansvar.', 1),
        note('b', 'Man behöver se vem som kan göra vad.', 2),
        note('x', '   ', 3),
      ],
    },
    {
      tableId: 't2',
      notes: [
        note(
          'c',
          'Ett skelett som bygger organisationen ger tydlighet i strukturer och föder flexibilitet.',
          4,
        ),
        note('d', 'Rätt insats av rätt aktör i rätt tid.', 5, { kind: 'quote', lifted: true, phaseId: 'p2' }),
        note('e', 'Glöm inte barnen och att synliggöra barnens integration!', 6),
      ],
    },
  ];
  let model: BoardModel | null = null;
  return {
    doc,
    notes,
    structure,
    vilja,
    model: () => (model = deriveBoardModel(model, { board: readBoard(doc), notes, tables: TABLES })),
  };
}

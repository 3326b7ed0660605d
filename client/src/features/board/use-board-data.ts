/**
 * Everything the board shows, live: the board document, the event document (tables, organisations,
 * phases) and every table document the token has a grant for, derived into one board model per
 * snapshot. Shared by the facilitator's board and the projector's view of it.
 */
import { useMemo, useRef } from 'react';
import { readBoard } from '../../../../shared/docs/board-doc.js';
import { readEvent, type EventSnapshot } from '../../../../shared/docs/event-doc.js';
import { readNotes } from '../../../../shared/docs/table-doc.js';
import type { DocGrant } from '../../../../shared/protocol.js';
import type { SyncedDoc } from '../../sync/synced-doc.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { useDocsSnapshot, useSyncedDocs } from '../../sync/use-synced-docs.js';
import { deriveBoardModel, EMPTY_MODEL, tableInfos, type BoardModel } from './board-model.js';

export interface BoardData {
  board: SyncedDoc | null;
  /** The event document's snapshot, null until it has loaded (an empty one would list no tables). */
  event: EventSnapshot | null;
  model: BoardModel;
  /** The board document has content to show (synced once, or its local copy loaded). */
  loaded: boolean;
}

/**
 * Opens the board, event and table documents of `grants`. `persist` keeps copies on the device (the
 * facilitator's default for documents it writes); the projector passes false.
 */
export function useBoardData(
  grants: readonly DocGrant[] | null,
  token: string | null,
  persist?: boolean,
): BoardData {
  const boardGrant = grants?.find((g) => g.kind === 'board') ?? null;
  const eventGrant = grants?.find((g) => g.kind === 'event') ?? null;
  const tableGrants = useMemo(() => grants?.filter((g) => g.kind === 'table') ?? [], [grants]);

  const board = useSyncedDoc(boardGrant, token, persist);
  const eventDoc = useSyncedDoc(eventGrant, token, persist);
  const tableDocs = useSyncedDocs(tableGrants, token, persist);

  const boardSnapshot = useDocSnapshot(board?.doc, readBoard);
  const event = useDocSnapshot(eventDoc?.doc, readEvent);
  const docs = useMemo(() => tableDocs.map((synced) => synced.doc), [tableDocs]);
  const notes = useDocsSnapshot(docs, readNotes);
  const loaded = useDocLoaded(board);
  const eventLoaded = useDocLoaded(eventDoc);

  const tables = useMemo(() => tableInfos(event), [event]);
  const perTable = useMemo(
    () => tableDocs.map((synced, i) => ({ tableId: synced.grant.tableId ?? '', notes: notes[i] ?? [] })),
    [tableDocs, notes],
  );
  // The previous model, so unchanged cards, lists and factors keep their identity (board-model.ts).
  const previous = useRef<BoardModel | null>(null);
  const model = useMemo(() => {
    if (!boardSnapshot) return EMPTY_MODEL;
    const next = deriveBoardModel(previous.current, { board: boardSnapshot, notes: perTable, tables });
    previous.current = next;
    return next;
  }, [boardSnapshot, perTable, tables]);

  return { board, event: eventLoaded ? event : null, model, loaded };
}

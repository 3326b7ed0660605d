/**
 * What every note card on the table page needs besides its note: the table document as opened by
 * the sync layer (for presence) and this tablet's name. Provided once by TablePage.
 */
import { createContext, useContext } from 'react';
import type { SyncedDoc } from '../../sync/synced-doc.js';

export interface TableContextValue {
  tableDoc: SyncedDoc | null;
}

export const TableContext = createContext<TableContextValue>({ tableDoc: null });

export function useTableContext(): TableContextValue {
  return useContext(TableContext);
}

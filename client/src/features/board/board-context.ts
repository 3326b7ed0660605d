/**
 * Contexts of one board. The model context changes with every snapshot, so only components that
 * need the whole board read it (an open "Move to…" menu, the drag overlay) — never a card, which
 * gets its own item as a prop and stays put when something else changes.
 */
import { createContext, useContext } from 'react';
import type { YDoc } from '../../sync/types.js';
import { EMPTY_MODEL, type BoardModel } from './board-model.js';

export const BoardModelContext = createContext<BoardModel>(EMPTY_MODEL);

export function useBoardModel(): BoardModel {
  return useContext(BoardModelContext);
}

/** The board document, for binding a factor's title and narrative fields to their shared texts. */
export const BoardDocContext = createContext<YDoc | null>(null);

export function useBoardDoc(): YDoc | null {
  return useContext(BoardDocContext);
}

/**
 * Suggestions for one board page: owns the worker for the page's lifetime, hands it the board as it
 * changes, and reads its answers. `useSuggestions` is called once, in the board view; a card reads
 * only its own suggestions with `useNoteSuggestions`, through the client in `SuggestClientContext`
 * (stable for the page's lifetime, so providing it re-renders nothing).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type {
  FactorSuggestion,
  SimilarNote,
  SuggestedGroup,
  SuggestLanguage,
} from '../../../../shared/suggest/types.js';
import type { BoardModel } from '../board/board-model.js';
import { spawnSuggestWorker } from './spawn-worker.js';
import { createSuggestClient, type SuggestClient } from './suggest-client.js';
import { createSuggestInputConverter } from './suggest-input.js';

export interface Suggestions {
  /**
   * The top factors of an unplaced note, best first; undefined for a placed note or while none are
   * known. Factors deleted since the worker answered are left out.
   */
  forNote(ref: string): readonly FactorSuggestion[] | undefined;
  /** The closest notes to `ref` across all tables, best first (empty when suggestions are off). Stable. */
  similar(ref: string): Promise<SimilarNote[]>;
  /** First groups for the unplaced notes, largest first (empty when suggestions are off). Stable. */
  groups(): Promise<SuggestedGroup[]>;
  /** The worker has answered at least once. */
  ready: boolean;
  /** The board changed since the suggestions shown were computed. */
  pending: boolean;
  /** The worker is unusable; nothing is suggested. */
  failed: boolean;
  /** For `SuggestClientContext`. */
  client: SuggestClient;
}

export function useSuggestions(
  model: BoardModel,
  language: SuggestLanguage,
  vectors?: ReadonlyMap<string, Float32Array>,
): Suggestions {
  const [client] = useState(() => createSuggestClient(spawnSuggestWorker));
  const [convert] = useState(createSuggestInputConverter);
  // Same identity when nothing the engine reads changed, so the effect below does not even run.
  const input = useMemo(() => convert(model, language, vectors), [convert, model, language, vectors]);
  useEffect(() => client.update(input), [client, input]);
  useEffect(() => () => client.dispose(), [client]);
  const state = useSyncExternalStore(client.subscribe, client.getState);

  const similar = useCallback((ref: string) => client.similar(ref), [client]);
  const groups = useCallback(() => client.groups(), [client]);
  const factorIds = useMemo(() => new Set(model.factors.map((view) => view.factor.id)), [model.factors]);
  return useMemo<Suggestions>(
    () => ({
      forNote: (ref) => {
        if (model.items.get(ref)?.factorId !== null) return undefined;
        const list = state.suggestions.get(ref);
        return list?.every((s) => factorIds.has(s.factorId))
          ? list
          : list?.filter((s) => factorIds.has(s.factorId));
      },
      similar,
      groups,
      ready: state.ready,
      pending: state.pending,
      failed: state.failed,
      client,
    }),
    [client, state, model.items, factorIds, similar, groups],
  );
}

export const SuggestClientContext = createContext<SuggestClient | null>(null);

/** One note's suggestions, re-rendering its reader only when they change. */
export function useNoteSuggestions(ref: string): readonly FactorSuggestion[] | undefined {
  const client = useContext(SuggestClientContext);
  return useSyncExternalStore(client?.subscribe ?? noSubscription, () =>
    client?.getState().suggestions.get(ref),
  );
}

const noSubscription = () => () => {};

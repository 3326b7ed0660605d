/**
 * The page's side of the suggestion worker: posts the board when it changed (see input-scheduler),
 * keeps the latest top factors per unplaced note, and turns "similar notes" and "suggest groups" into
 * promises. A small external store (subscribe/getState) so React reads it with useSyncExternalStore
 * and tests use it without React or a real Worker.
 *
 * Suggestions are a help, never a dependency: if the worker cannot start or the engine throws, the
 * board simply shows none (and the console says why, once). Requests then answer empty.
 */
import type {
  FactorSuggestion,
  SimilarNote,
  SuggestedGroup,
  SuggestGroupsOptions,
  SuggestInput,
} from '../../../../shared/suggest/types.js';
import { createInputScheduler } from './input-scheduler.js';
import { SIMILAR_LIMIT, type FromWorker, type ToWorker } from './suggest-protocol.js';

/** What the client needs of a Worker (a real one, or a fake in tests). */
export interface SuggestWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface SuggestState {
  /** The top factors of each unplaced note, best first, as of the last board the worker answered. */
  suggestions: ReadonlyMap<string, readonly FactorSuggestion[]>;
  /** The worker has answered a board at least once. */
  ready: boolean;
  /** A newer board is waiting for, or being indexed by, the worker. */
  pending: boolean;
  /** The worker is unusable: no suggestions are shown. */
  failed: boolean;
}

export interface SuggestClient {
  update(input: SuggestInput): void;
  similar(ref: string, limit?: number): Promise<SimilarNote[]>;
  groups(options?: SuggestGroupsOptions): Promise<SuggestedGroup[]>;
  getState(): SuggestState;
  subscribe(listener: () => void): () => void;
  /** Stops the worker. A later `update` starts a new one (React's StrictMode remounts). */
  dispose(): void;
}

const INITIAL: SuggestState = { suggestions: new Map(), ready: false, pending: false, failed: false };

type Pending = (answer: FromWorker | null) => void;

export function createSuggestClient(
  spawn: () => SuggestWorker,
  log: (message: string) => void = (message) => console.warn(`Suggestions are off: ${message}`),
): SuggestClient {
  let worker: SuggestWorker | null = null;
  let broken = false;
  let logged = false;
  let version = 0;
  let nextId = 1;
  let state = INITIAL;
  const requests = new Map<number, Pending>();
  const listeners = new Set<() => void>();

  const setState = (patch: Partial<SuggestState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const logOnce = (message: string) => {
    if (logged) return;
    logged = true;
    log(message);
  };
  const settleAll = () => {
    for (const settle of requests.values()) settle(null);
    requests.clear();
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    settleAll();
  };

  const onMessage = (answer: FromWorker) => {
    if (answer.type === 'factors') {
      setState({
        suggestions: shareSuggestions(state.suggestions, answer.entries),
        ready: true,
        pending: answer.version !== version,
        failed: false,
      });
    } else if (answer.type === 'error' && answer.id === null) {
      logOnce(answer.message);
      setState({ suggestions: INITIAL.suggestions, pending: answer.version !== version, failed: true });
    } else if (answer.id !== null) {
      if (answer.type === 'error') logOnce(answer.message);
      requests.get(answer.id)?.(answer);
      requests.delete(answer.id);
    }
  };

  const fail = (message: string) => {
    broken = true;
    logOnce(message);
    stop();
    setState({ suggestions: INITIAL.suggestions, pending: false, failed: true });
  };

  const ensureWorker = (): SuggestWorker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = spawn();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return null;
    }
    worker.onmessage = (event) => onMessage(event.data);
    // The script did not load (or threw outside the handler): this worker will never answer.
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'the suggestion worker failed');
    };
    return worker;
  };

  const scheduler = createInputScheduler<SuggestInput>((input) => {
    const target = ensureWorker();
    if (!target) return;
    version += 1;
    target.postMessage({ type: 'input', version, input });
    if (!state.pending) setState({ pending: true });
  });

  /** Sends a request once the latest board has gone out; answers `fallback` when there is no worker. */
  const request = <T>(
    build: (id: number) => ToWorker,
    read: (answer: FromWorker) => T | undefined,
    fallback: T,
  ) => {
    scheduler.flush();
    if (!worker || version === 0) return Promise.resolve(fallback);
    const target = worker;
    const id = nextId++;
    return new Promise<T>((resolve) => {
      requests.set(id, (answer) => resolve((answer && read(answer)) ?? fallback));
      target.postMessage(build(id));
    });
  };

  return {
    update: (input) => scheduler.update(input),
    similar: (ref, limit = SIMILAR_LIMIT) =>
      request<SimilarNote[]>(
        (id) => ({ type: 'similar', id, ref, limit }),
        (answer) => (answer.type === 'similar' ? answer.notes : undefined),
        [],
      ),
    groups: (options = {}) =>
      request<SuggestedGroup[]>(
        (id) => ({ type: 'groups', id, options }),
        (answer) => (answer.type === 'groups' ? answer.groups : undefined),
        [],
      ),
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      scheduler.reset();
      stop();
      version = 0;
      state = INITIAL;
    },
  };
}

/**
 * The new answer as a map, keeping the previous list of a note whose suggestions did not change, so
 * a card reading its own list re-renders only when its suggestions do.
 */
function shareSuggestions(
  prev: ReadonlyMap<string, readonly FactorSuggestion[]>,
  entries: readonly [string, FactorSuggestion[]][],
): ReadonlyMap<string, readonly FactorSuggestion[]> {
  const next = new Map<string, readonly FactorSuggestion[]>();
  for (const [ref, list] of entries) {
    const before = prev.get(ref);
    next.set(ref, before && sameSuggestions(before, list) ? before : list);
  }
  return next;
}

function sameSuggestions(a: readonly FactorSuggestion[], b: readonly FactorSuggestion[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (s, i) =>
        s.factorId === b[i]!.factorId &&
        s.score === b[i]!.score &&
        s.sharedWords.length === b[i]!.sharedWords.length &&
        s.sharedWords.every((word, j) => word === b[i]!.sharedWords[j]),
    )
  );
}

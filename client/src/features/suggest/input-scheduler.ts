/**
 * When the board goes to the worker: the first board at once (suggestions appear as the page opens),
 * later ones once the board has been still for a moment — a drag-and-drop session or a burst of
 * notes from the tables is indexed once, not per change — and never a board the worker already has.
 * While notes stream in without pause, a board still goes out every `maxWaitMs`.
 */

/** Quiet time after the last change before the board is indexed again. */
export const SUGGEST_DEBOUNCE_MS = 300;
/** Longest a change waits while changes keep coming. */
export const SUGGEST_MAX_WAIT_MS = 2_000;

export interface InputScheduler<T> {
  /** The board changed (or did not: the same value as last posted is ignored). */
  update(value: T): void;
  /** Posts a waiting value now (before an on-demand request, so it is answered from this board). */
  flush(): void;
  /** Forgets what was posted (a new worker knows nothing) and cancels a waiting post. */
  reset(): void;
}

export function createInputScheduler<T>(
  post: (value: T) => void,
  debounceMs = SUGGEST_DEBOUNCE_MS,
  maxWaitMs = SUGGEST_MAX_WAIT_MS,
): InputScheduler<T> {
  let posted: { value: T } | null = null;
  let waiting: { value: T; sinceMs: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    cancel();
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    posted = { value };
    post(value);
  };

  return {
    update(value) {
      if (posted && posted.value === value) {
        // Changed and changed back before it went out: nothing to send.
        waiting = null;
        cancel();
        return;
      }
      if (!posted) {
        waiting = { value, sinceMs: Date.now() };
        flush();
        return;
      }
      const sinceMs = waiting?.sinceMs ?? Date.now();
      waiting = { value, sinceMs };
      cancel();
      const delay = Math.min(debounceMs, Math.max(0, sinceMs + maxWaitMs - Date.now()));
      timer = setTimeout(flush, delay);
    },
    flush,
    reset() {
      cancel();
      waiting = null;
      posted = null;
    },
  };
}

/** The event's tables with their join codes (REST: codes are secrets and never live in a Yjs doc). */
import { useCallback, useEffect, useState } from 'react';
import type { TableSummary } from '../../../../shared/api.js';
import { listTables } from '../../api/endpoints.js';
import type { ApiFailure } from '../../api/http.js';
import { useT } from '../../i18n/index.js';

export type TablesState =
  | { status: 'loading' }
  | { status: 'ready'; tables: TableSummary[] }
  | { status: 'error'; error: ApiFailure };

export function useTables(eventId: string, token: string): { state: TablesState; reload: () => void } {
  const [state, setState] = useState<TablesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    // No key, no request: the page says what is missing instead.
    if (!token) return;
    let live = true;
    void listTables(eventId, token).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { status: 'ready', tables: result.value.tables }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [eventId, token, attempt]);
  return { state, reload };
}

/** The tables list while it is not ready: "loading", or the error in words with a retry. */
export function TablesLoadStatus({ state, onRetry }: { state: TablesState; onRetry: () => void }) {
  const t = useT();
  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (state.status !== 'error') return null;
  return (
    <p className="field-error">
      {state.error.code === 'network' ? t.networkError : t.genericError}{' '}
      <button type="button" className="button" onClick={onRetry}>
        {t.retry}
      </button>
    </p>
  );
}

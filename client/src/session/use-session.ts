/**
 * Loads what a token may do (GET /api/session) and keeps it current: when a document reports a
 * generation mismatch its local copy is already gone, and fresh grants carry the new generation.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SessionResponse } from '../../../shared/api.js';
import { getSession } from '../api/endpoints.js';
import type { ApiFailure } from '../api/http.js';
import { useConnectionStore } from '../state/connection-store.js';
import { ATTEMPTS_BEFORE_OFFLINE, type ErrorKind } from '../state/page-status.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'ready'; session: SessionResponse }
  | { status: 'error'; error: ApiFailure };

/** How an API failure reads in the page's status element. */
export function errorKindForFailure(failure: ApiFailure): ErrorKind {
  if (failure.status === 401 || failure.status === 403) return 'auth';
  if (failure.status === 404) return 'gone';
  return 'unavailable';
}

export function useSession(token: string | null): { state: SessionState; reload: () => void } {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // A refused token is reported even when an earlier session is still shown.
  const [refusal, setRefusal] = useState<ErrorKind | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    getSession(token, controller.signal).then(
      (result) => {
        if (result.ok) {
          setRefusal(null);
          setState({ status: 'ready', session: result.value });
          return;
        }
        const kind = errorKindForFailure(result.error);
        setRefusal(kind === 'unavailable' ? null : kind);
        // A page that already works keeps working through a failed refresh (network gone, server
        // restarting): its documents sync on their own. Only a first load shows the failure.
        setState((current) =>
          current.status === 'ready' ? current : { status: 'error', error: result.error },
        );
      },
      () => {
        // Aborted because the token changed or the page closed: nothing to report.
      },
    );
    return () => controller.abort();
  }, [token, attempt]);

  useReloadOnGenerationMismatch(reload);
  useProbeWhenSocketsFail(reload);
  const firstLoadFailed = state.status === 'error' ? errorKindForFailure(state.error) : null;
  usePageError(refusal ?? firstLoadFailed);
  return { state, reload };
}

/** Raises an error in the page's one status element while `kind` is set. */
export function usePageError(kind: ErrorKind | null): void {
  const source = useId();
  const setPageError = useConnectionStore((s) => s.setPageError);
  useEffect(() => {
    setPageError(source, kind);
    return () => setPageError(source, null);
  }, [source, kind, setPageError]);
}

/** Calls `reload` once for every document that closes with a generation mismatch. */
export function useReloadOnGenerationMismatch(reload: () => void): void {
  const handled = useRef(new Set<string>());
  const mismatched = useConnectionStore((s) =>
    Object.values(s.docs)
      .filter((d) => d.closedWith === 'generation')
      .map((d) => d.key)
      .join(' '),
  );
  useEffect(() => {
    const fresh = mismatched.split(' ').filter((key) => key && !handled.current.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) handled.current.add(key);
    reload();
  }, [mismatched, reload]);
}

/** At most one probe per this interval while sockets keep failing. */
const PROBE_INTERVAL_MS = 30_000;

/**
 * A refused WebSocket upgrade (401/403/404) reaches the browser only as close code 1006, the same
 * as a network failure, and y-websocket keeps retrying. When sockets keep failing while the browser
 * believes it is online, asking the HTTP API tells the two apart: a refused token then shows as
 * "Din inbjudan gäller inte längre" instead of an endless "Offline".
 */
export function useProbeWhenSocketsFail(probe: () => void): void {
  const failing = useConnectionStore(
    (s) => s.browserOnline && Object.values(s.docs).some((d) => d.failedAttempts >= ATTEMPTS_BEFORE_OFFLINE),
  );
  useEffect(() => {
    if (!failing) return;
    probe();
    const timer = setInterval(probe, PROBE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [failing, probe]);
}

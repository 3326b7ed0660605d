/**
 * The tablet's table session: read from the device (a reload rejoins without the code, offline too),
 * refreshed from the server when it can be reached — the grants may carry a new generation — and
 * ended by "Lämna bordet", which also removes the table's copy from the device.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { DocGrant } from '../../../../shared/protocol.js';
import { getSession } from '../../api/endpoints.js';
import {
  clearTableSession,
  loadTableSession,
  saveTableSession,
  type TableSession,
} from '../../session/table-session.js';
import {
  errorKindForFailure,
  usePageError,
  useProbeWhenSocketsFail,
  useReloadOnGenerationMismatch,
} from '../../session/use-session.js';
import type { ErrorKind } from '../../state/page-status.js';
import { clearLocalCopy } from '../../sync/doc-registry.js';

function readStored(eventId: string, tableId: string): TableSession | null {
  try {
    return loadTableSession(window.localStorage, eventId, tableId);
  } catch {
    return null;
  }
}

/** The session handed over by the join form, for devices where storage is unavailable. */
function fromNavigationState(state: unknown, eventId: string, tableId: string): TableSession | null {
  const s = state as Partial<TableSession> | null;
  if (!s || typeof s.token !== 'string' || !Array.isArray(s.grants)) return null;
  return {
    token: s.token,
    grants: s.grants,
    eventId,
    tableId,
    tableName: s.tableName ?? '',
    language: s.language === 'en' ? 'en' : 'sv',
  };
}

function sameGrants(a: DocGrant[], b: DocGrant[]): boolean {
  const key = (g: DocGrant) => `${g.name}:${g.generation}:${g.access}`;
  return a.map(key).sort().join() === b.map(key).sort().join();
}

export function useTableSession(eventId: string, tableId: string) {
  const location = useLocation();
  const [session, setSession] = useState<TableSession | null>(
    () => readStored(eventId, tableId) ?? fromNavigationState(location.state, eventId, tableId),
  );
  const [refreshError, setRefreshError] = useState<ErrorKind | null>(null);
  const [attempt, setAttempt] = useState(0);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const token = session?.token ?? null;

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    getSession(token, controller.signal).then(
      (result) => {
        if (!result.ok) {
          // Offline is normal for a tablet: keep working from the stored grants.
          setRefreshError(result.error.code === 'network' ? null : errorKindForFailure(result.error));
          return;
        }
        setRefreshError(null);
        const fresh = result.value;
        if (fresh.role !== 'table' || fresh.tableId !== tableId) return;
        setSession((current) => {
          if (!current || sameGrants(current.grants, fresh.docs)) return current;
          const next = { ...current, grants: fresh.docs, language: fresh.event.language };
          try {
            saveTableSession(window.localStorage, next);
          } catch {
            // Storage unavailable: the fresh grants still apply to this visit.
          }
          return next;
        });
      },
      () => {
        // Aborted: the page closed or the token changed.
      },
    );
    return () => controller.abort();
  }, [token, tableId, attempt]);

  useReloadOnGenerationMismatch(refresh);
  useProbeWhenSocketsFail(refresh);
  usePageError(refreshError);

  const leave = useCallback(async () => {
    if (!session) return;
    await Promise.all(session.grants.map((grant) => clearLocalCopy(grant.name)));
    try {
      clearTableSession(window.localStorage, session.eventId, session.tableId);
    } catch {
      // Nothing stored, nothing to clear.
    }
    setSession(null);
  }, [session]);

  return { session, leave };
}

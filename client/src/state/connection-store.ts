/**
 * The page's connection state: one entry per open document (written by client/src/sync) plus an
 * error the page itself may raise (e.g. its session request was refused). Components read the
 * derived status through {@link usePageStatus}; nothing else writes here.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { derivePageStatus, type DocSyncState, type ErrorKind, type PageStatusView } from './page-status.js';

interface ConnectionState {
  docs: Record<string, DocSyncState>;
  /** Errors raised by page code, per source (several hooks may raise one independently). */
  pageErrors: Record<string, ErrorKind>;
  browserOnline: boolean;
  setDoc: (state: DocSyncState) => void;
  removeDoc: (key: string) => void;
  setPageError: (source: string, kind: ErrorKind | null) => void;
}

export const useConnectionStore = create<ConnectionState>()((set) => ({
  docs: {},
  pageErrors: {},
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  setDoc: (state) => set((s) => ({ docs: { ...s.docs, [state.key]: state } })),
  removeDoc: (key) =>
    set((s) => {
      if (!(key in s.docs)) return s;
      const docs = { ...s.docs };
      delete docs[key];
      return { docs };
    }),
  setPageError: (source, kind) =>
    set((s) => {
      if ((s.pageErrors[source] ?? null) === kind) return s;
      const pageErrors = { ...s.pageErrors };
      if (kind) pageErrors[source] = kind;
      else delete pageErrors[source];
      return { pageErrors };
    }),
}));

// navigator.onLine is a hint, not proof of connectivity: false means certainly offline, true means
// "maybe". It only lets the status say "offline" at once instead of after a few failed attempts.
if (typeof window !== 'undefined') {
  const update = () => useConnectionStore.setState({ browserOnline: navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}

/** The page's one connection status. */
export function usePageStatus(): PageStatusView {
  const docs = useConnectionStore((s) => s.docs);
  const pageErrors = useConnectionStore((s) => s.pageErrors);
  const browserOnline = useConnectionStore((s) => s.browserOnline);
  return useMemo(
    () => derivePageStatus(Object.values(docs), Object.values(pageErrors), browserOnline),
    [docs, pageErrors, browserOnline],
  );
}

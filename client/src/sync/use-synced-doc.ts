/** React access to shared documents: open for the component's lifetime, re-render on changes. */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DocGrant } from '../../../shared/protocol.js';
import { useConnectionStore } from '../state/connection-store.js';
import { closeDoc, openDoc } from './doc-registry.js';
import { docKey, type SyncedDoc } from './synced-doc.js';
import { versionOf } from './doc-version.js';

/**
 * Opens the document a grant describes while the component is mounted; null until it is open or
 * while grant or token are missing.
 */
export function useSyncedDoc(
  grant: DocGrant | null | undefined,
  token: string | null | undefined,
  persist?: boolean,
): SyncedDoc | null {
  const [opened, setOpened] = useState<SyncedDoc | null>(null);
  useEffect(() => {
    if (!grant || !token) return;
    const synced = openDoc(grant, token, persist === undefined ? {} : { persist });
    setOpened(synced);
    return () => closeDoc(synced);
  }, [grant, token, persist]);
  // After the grant changed, the previous document must not show for even one render.
  if (!opened || !grant || !token || opened.key !== docKey(grant)) return null;
  return opened;
}

const noSubscription = () => () => {};
const nothing = () => null;

/**
 * A plain-object snapshot of a document, re-read after every change. `read` must be stable (a
 * module-level function such as `readEvent`, or wrapped in useCallback).
 */
export function useDocSnapshot<T>(doc: Y.Doc | null | undefined, read: (doc: Y.Doc) => T): T | null {
  const store = useMemo(() => {
    if (!doc) return null;
    const version = versionOf(doc);
    let readAt = -1;
    let snapshot: T;
    return {
      subscribe: (onChange: () => void) => {
        doc.on('update', onChange);
        return () => doc.off('update', onChange);
      },
      getSnapshot: (): T => {
        if (readAt !== version.value) {
          snapshot = read(doc);
          readAt = version.value;
        }
        return snapshot;
      },
    };
  }, [doc, read]);
  return useSyncExternalStore<T | null>(store?.subscribe ?? noSubscription, store?.getSnapshot ?? nothing);
}

/** True once the document has content to show (synced once, or its local copy loaded). */
export function useDocLoaded(synced: SyncedDoc | null): boolean {
  return useConnectionStore((s) => (synced ? (s.docs[synced.key]?.loaded ?? false) : false));
}

/** Local changes of the document the server has not yet confirmed as stored. */
export function useDocPending(synced: SyncedDoc | null): number {
  return useConnectionStore((s) => (synced ? (s.docs[synced.key]?.pending ?? 0) : 0));
}

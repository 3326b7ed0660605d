/**
 * Many documents at once — the board opens every table's document the facilitator holds a grant
 * for, a number that changes during the day — and snapshots of all of them.
 *
 * `useSyncedDoc` opens one document per component; a list of documents needs a hook that opens a
 * varying number of them without a component each. Documents are shared through the registry, so a
 * table document another component has open costs no second socket.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DocGrant } from '../../../shared/protocol.js';
import { closeDoc, openDoc } from './doc-registry.js';
import { docKey, type SyncedDoc } from './synced-doc.js';
import { versionOf } from './doc-version.js';

const NONE: readonly SyncedDoc[] = [];

/**
 * Opens the documents `grants` describe while the component is mounted. Returns them in grant order;
 * the array keeps its identity until the set of grants (names and generations) or the token changes.
 */
export function useSyncedDocs(
  grants: readonly DocGrant[],
  token: string | null | undefined,
  persist?: boolean,
): readonly SyncedDoc[] {
  const key = grants.map(docKey).join(' ');
  // Callers build `grants` with filter() on every render; only the set of documents matters.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableGrants = useMemo(() => grants, [key]);
  const [opened, setOpened] = useState<{ key: string; docs: readonly SyncedDoc[] }>({ key: '', docs: NONE });
  useEffect(() => {
    if (!token || stableGrants.length === 0) return;
    const docs = stableGrants.map((grant) => openDoc(grant, token, persist === undefined ? {} : { persist }));
    setOpened({ key, docs });
    // Closing hands the documents to the registry's delayed teardown, so a changed grant list
    // reopens the unchanged documents without reconnecting.
    return () => docs.forEach(closeDoc);
  }, [key, stableGrants, token, persist]);
  if (!token || opened.key !== key) return NONE;
  return opened.docs;
}

const EMPTY: readonly never[] = [];

/**
 * One plain-object snapshot per document, re-read only for the document that changed: an edit at
 * one table re-reads that table, and every other entry of the returned array keeps its identity (so
 * memoised rows stay put). The array itself is new only when some entry changed. `read` must be
 * stable (a module-level function).
 */
export function useDocsSnapshot<T>(docs: readonly Y.Doc[], read: (doc: Y.Doc) => T): readonly T[] {
  const store = useMemo(() => {
    const cache = new Map<Y.Doc, { version: number; value: T }>();
    let snapshot: readonly T[] = EMPTY;
    return {
      subscribe: (onChange: () => void) => {
        docs.forEach((doc) => doc.on('update', onChange));
        return () => docs.forEach((doc) => doc.off('update', onChange));
      },
      getSnapshot: (): readonly T[] => {
        let changed = snapshot.length !== docs.length;
        const next = docs.map((doc, i) => {
          const version = versionOf(doc).value;
          const cached = cache.get(doc);
          if (cached && cached.version === version) {
            if (snapshot[i] !== cached.value) changed = true;
            return cached.value;
          }
          const value = read(doc);
          cache.set(doc, { version, value });
          changed = true;
          return value;
        });
        if (changed) snapshot = next;
        return snapshot;
      },
    };
  }, [docs, read]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

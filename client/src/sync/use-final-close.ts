/** React access to a document's final close code (SyncedDoc#finalCloseCode). */
import { useCallback, useSyncExternalStore } from 'react';
import type { SyncedDoc } from './synced-doc.js';

/** The code the server closed the document's connection with for good, or null. */
export function useFinalCloseCode(synced: SyncedDoc | null): number | null {
  const subscribe = useCallback(
    (onChange: () => void) => (synced ? synced.onFinalClose(onChange) : () => {}),
    [synced],
  );
  return useSyncExternalStore(subscribe, () => synced?.finalCloseCode() ?? null);
}

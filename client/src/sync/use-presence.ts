/** React access to presence (presence.ts): who else is at this document, and what they edit. */
import { useCallback, useSyncExternalStore } from 'react';
import type { PeerPresence } from './presence.js';
import type { SyncedDoc } from './synced-doc.js';

const none: readonly PeerPresence[] = [];

/** The other devices at the document (never this one); re-renders when any of them changes. */
export function usePeers(synced: SyncedDoc | null): readonly PeerPresence[] {
  const presence = synced?.presence ?? null;
  const subscribe = useCallback(
    (onChange: () => void) => (presence ? presence.subscribe(onChange) : () => {}),
    [presence],
  );
  return useSyncExternalStore(subscribe, () => presence?.others() ?? none);
}

/**
 * Publishes this tablet's name in the table document's presence, and renames it when another
 * tablet at the table already uses the name (the one that joined later yields, so exactly one of
 * two clashing tablets renames).
 */
import { useEffect, useState } from 'react';
import type { SyncedDoc } from '../../sync/synced-doc.js';
import { usePeers } from '../../sync/use-presence.js';
import { loadDeviceKey, pickDeviceKey, saveDeviceKey, type DeviceKey } from './device-name.js';

export function useDevicePresence(tableDoc: SyncedDoc | null): DeviceKey {
  const [device, setDevice] = useState<DeviceKey>(() => loadDeviceKey());
  const peers = usePeers(tableDoc);

  useEffect(() => {
    tableDoc?.presence.set({ device });
  }, [tableDoc, device]);

  useEffect(() => {
    if (!tableDoc) return;
    const self = tableDoc.presence.clientId;
    // Client ids are random, so "the higher id yields" is an arbitrary but agreed tie-break.
    if (!peers.some((peer) => peer.device === device && peer.clientId < self)) return;
    const next = pickDeviceKey(new Set(peers.map((peer) => peer.device ?? '')));
    saveDeviceKey(next);
    setDevice(next);
  }, [tableDoc, peers, device]);

  return device;
}

/**
 * The one place documents are opened: `openDoc` / `closeDoc` are reference-counted, so two components
 * showing the same document share one Y.Doc and one socket.
 *
 * The last `closeDoc` tears down after a short delay: React StrictMode (and a quick route change)
 * closes and reopens at once, which should not cost a reconnect and a full sync.
 */
import type { DocGrant } from '../../../shared/protocol.js';
import { deleteLocalDatabases } from './local-copy.js';
import { docKey, SyncedDoc } from './synced-doc.js';

const TEARDOWN_DELAY_MS = 2000;

interface Entry {
  synced: SyncedDoc;
  refs: number;
  teardown: ReturnType<typeof setTimeout> | null;
}

const entries = new Map<string, Entry>();
const entryOf = new WeakMap<SyncedDoc, Entry>();

export interface OpenDocOptions {
  /**
   * Keep a copy on the device (IndexedDB). Defaults to true for documents this role writes. A tablet
   * also keeps the event document it only reads, so a reload without network still shows the phase.
   */
  persist?: boolean;
}

/** Opens (or shares) the document a grant describes, connecting with `token`. Pair with closeDoc. */
export function openDoc(grant: DocGrant, token: string, options: OpenDocOptions = {}): SyncedDoc {
  const key = docKey(grant);
  const existing = entries.get(key);
  if (existing) {
    existing.refs++;
    if (existing.teardown) clearTimeout(existing.teardown);
    existing.teardown = null;
    return existing.synced;
  }
  const synced = new SyncedDoc(grant, token, options.persist ?? grant.access === 'write');
  const entry: Entry = { synced, refs: 1, teardown: null };
  entries.set(key, entry);
  entryOf.set(synced, entry);
  return synced;
}

/** Releases one reference taken by openDoc. */
export function closeDoc(synced: SyncedDoc): void {
  const entry = entryOf.get(synced);
  if (!entry || entry.refs === 0) return;
  entry.refs--;
  if (entry.refs > 0) return;
  if (entries.get(synced.key) !== entry || synced.finalCloseCode() !== null) {
    // Evicted by clearLocalCopy, or closed for good by the server (e.g. its table was removed):
    // nobody can use it any more, and its error must leave the page status with it.
    if (entries.get(synced.key) === entry) entries.delete(synced.key);
    synced.destroy();
    return;
  }
  entry.teardown = setTimeout(() => {
    entries.delete(synced.key);
    synced.destroy();
  }, TEARDOWN_DELAY_MS);
}

/**
 * Removes a document's copy from this device (every generation), e.g. when a tablet leaves its table.
 * An open instance stops persisting and is evicted, so the next openDoc starts from an empty copy.
 */
export async function clearLocalCopy(name: string): Promise<void> {
  const cleared: Promise<void>[] = [];
  for (const [key, entry] of entries) {
    if (entry.synced.name !== name) continue;
    entries.delete(key);
    cleared.push(entry.synced.clearLocalCopy());
    if (entry.refs === 0) {
      if (entry.teardown) clearTimeout(entry.teardown);
      entry.synced.destroy();
    }
  }
  await Promise.all(cleared);
  await deleteLocalDatabases(name);
}

/**
 * One open document: a Y.Doc, its WebSocket provider, its local copy (IndexedDB) and the tracker
 * that knows which local changes the server has stored. Publishes its state to the connection store.
 *
 * Created only through doc-registry.ts, which shares one instance between every component that
 * opens the same document.
 */
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  CloseCode,
  SUBPROTOCOL_ACK,
  SUBPROTOCOL_AUTH_PREFIX,
  SUBPROTOCOL_GENERATION_PREFIX,
  type DocGrant,
} from '../../../shared/protocol.js';
import { useConnectionStore } from '../state/connection-store.js';
import type { DocSyncState } from '../state/page-status.js';
import { errorKindForClose } from './close-codes.js';
import { DurableTracker } from './durable-tracker.js';
import { deleteLocalDatabases, localDatabaseName } from './local-copy.js';
import { clearUnloadJournal, journalOnUnload, replayUnloadJournal } from './unload-journal.js';
import { Presence } from './presence.js';
import { createTrackedProvider } from './provider-hooks.js';
import { syncServerUrl } from './ws-url.js';

/** Upper bound of y-websocket's reconnect backoff; it has no jitter, so keep it short (DESIGN §4). */
const MAX_BACKOFF_MS = 5000;
/** How long to batch durable-state-vector writes to the local copy (acks arrive per keystroke). */
const REMEMBER_DURABLE_DELAY_MS = 500;
/** Keys in y-indexeddb's `custom` store under which the tracker's memory is kept. */
const DURABLE_SV_KEY = 'durableStateVector';
const UNSAVED_DELETES_KEY = 'unsavedDeletes';

/** `${name}:${generation}`: the registry and the connection store key documents by this. */
export function docKey(grant: Pick<DocGrant, 'name' | 'generation'>): string {
  return `${grant.name}:${grant.generation}`;
}

export class SyncedDoc {
  readonly doc = new Y.Doc();
  readonly key: string;
  readonly name: string;
  readonly writable: boolean;
  /** Who else is at this document (awareness); see presence.ts. */
  readonly presence: Presence;
  private readonly provider: WebsocketProvider;
  private readonly tracker: DurableTracker;
  private persistence: IndexeddbPersistence | null = null;
  private detachUnloadJournal: (() => void) | null = null;
  private state: DocSyncState;
  private rememberTimer: ReturnType<typeof setTimeout> | null = null;
  private rememberedUnsavedDeletes = false;
  private destroyed = false;
  private finalClose: number | null = null;
  private readonly finalCloseListeners = new Set<() => void>();

  constructor(
    readonly grant: DocGrant,
    token: string,
    persist: boolean,
  ) {
    this.key = docKey(grant);
    this.name = grant.name;
    this.writable = grant.access === 'write';
    this.state = {
      key: this.key,
      name: grant.name,
      writable: this.writable,
      connection: 'connecting',
      synced: false,
      everSynced: false,
      loaded: false,
      failedAttempts: 0,
      pending: 0,
      closedWith: null,
    };
    this.publish({});

    // The tracker listens before the local copy loads: content restored from IndexedDB that the
    // server has not confirmed counts as pending, which is exactly what a reload while offline needs.
    this.tracker = new DurableTracker(this.doc, { isServerOrigin: (origin) => origin === this.provider });
    this.tracker.subscribe(() => {
      this.publish({ pending: this.tracker.pendingCount() });
      this.scheduleRememberDurable();
    });
    if (persist) this.openLocalCopy();

    // Created after the tracker, so the tracker sees each local change before y-websocket sends it.
    this.provider = createTrackedProvider({
      serverUrl: syncServerUrl(),
      roomName: grant.name,
      doc: this.doc,
      tracker: this.tracker,
      protocols: [
        SUBPROTOCOL_ACK,
        SUBPROTOCOL_AUTH_PREFIX + token,
        SUBPROTOCOL_GENERATION_PREFIX + grant.generation,
      ],
      maxBackoffTime: MAX_BACKOFF_MS,
    });
    this.presence = new Presence(this.provider.awareness);
    this.listenToProvider();
    this.provider.connect();
  }

  /**
   * The final close code (4400–4499) the server ended this document's connection with, or null
   * while it may still sync. Pages use it to explain a refusal in their own words (e.g. 4413: a
   * change too large to store — the text stays on the device).
   */
  finalCloseCode(): number | null {
    return this.finalClose;
  }

  /** Calls `listener` when the server closes the connection for good. */
  onFinalClose(listener: () => void): () => void {
    this.finalCloseListeners.add(listener);
    return () => this.finalCloseListeners.delete(listener);
  }

  /** The document's awareness channel (presence.ts wraps it for the table view). */
  get awareness(): Awareness {
    return this.provider.awareness;
  }

  /** Local changes the server has not yet confirmed as stored. */
  pendingCount(): number {
    return this.tracker.pendingCount();
  }

  /**
   * Drops this document's copy on the device and stops keeping one. `everyGeneration` also removes
   * copies of other generations (leaving a table); a generation mismatch removes only the stale one,
   * so a fresh generation opened meanwhile keeps its copy.
   */
  async clearLocalCopy(everyGeneration = true): Promise<void> {
    const persistence = this.persistence;
    this.persistence = null;
    clearUnloadJournal(localDatabaseName(this.grant));
    if (persistence) await persistence.clearData();
    else await clearDocument(localDatabaseName(this.grant));
    if (everyGeneration) await deleteLocalDatabases(this.name);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.rememberTimer) clearTimeout(this.rememberTimer);
    this.rememberDurable();
    this.presence.destroy();
    this.finalCloseListeners.clear();
    this.provider.destroy();
    // The provider leaves its awareness (and the awareness's renewal timer) to the caller.
    this.provider.awareness.destroy();
    this.tracker.destroy();
    this.detachUnloadJournal?.();
    void this.persistence?.destroy();
    this.doc.destroy();
    useConnectionStore.getState().removeDoc(this.key);
  }

  private openLocalCopy(): void {
    const persistence = new IndexeddbPersistence(localDatabaseName(this.grant), this.doc);
    this.persistence = persistence;
    // An empty local copy (first visit) is not "loaded": the page keeps waiting for the server.
    const localName = localDatabaseName(this.grant);
    this.detachUnloadJournal = journalOnUnload(localName, this.doc, () => this.persistence !== null);
    void persistence.whenSynced.then(() => {
      if (this.destroyed) return;
      replayUnloadJournal(localName, this.doc);
      if (this.doc.store.clients.size > 0) this.publish({ loaded: true });
    });
    Promise.all([persistence.get(DURABLE_SV_KEY), persistence.get(UNSAVED_DELETES_KEY)])
      .then(([stateVector, unsavedDeletes]: unknown[]) => {
        if (!(stateVector instanceof ArrayBuffer) || this.destroyed) return;
        this.rememberedUnsavedDeletes = unsavedDeletes === 1;
        this.tracker.restore({
          stateVector: new Uint8Array(stateVector),
          unsavedDeletes: this.rememberedUnsavedDeletes,
        });
      })
      .catch(() => {
        // Without the remembered vector the restored content shows as pending until the server's
        // step 1 arrives: slower to say "Sparat", never wrong.
      });
  }

  private listenToProvider(): void {
    const provider = this.provider;
    provider.on('status', ({ status }) => {
      if (status === 'connected') {
        this.publish({ connection: 'connected', synced: false });
      } else if (status === 'connecting') {
        this.publish({ connection: 'connecting' });
      }
    });
    provider.on('sync', (synced) => {
      if (!synced) return;
      // Only now is this generation confirmed current: copies of other generations are dead weight.
      // (Doing this on open would let a stale grant delete the current generation's copy.)
      if (this.persistence && !this.state.everSynced)
        void deleteLocalDatabases(this.name, this.grant.generation);
      this.publish({ synced: true, everSynced: true, loaded: true, failedAttempts: 0 });
    });
    // Emitted for every closed socket, also one that never opened (server down, network gone).
    provider.on('connection-close', () => {
      this.publish({
        connection: 'disconnected',
        synced: false,
        failedAttempts: this.state.failedAttempts + 1,
      });
    });
    // Emitted only for final close codes (4400–4499): y-websocket will not reconnect.
    provider.on('closed', ({ code }) => {
      this.finalClose = code;
      for (const listener of this.finalCloseListeners) listener();
      this.publish({ closedWith: errorKindForClose(code) });
      if (code === CloseCode.generationMismatch) void this.clearLocalCopy(false);
    });
  }

  private publish(patch: Partial<DocSyncState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...patch };
    useConnectionStore.getState().setDoc(this.state);
  }

  private scheduleRememberDurable(): void {
    if (!this.persistence) return;
    // An unsaved deletion is remembered at once: a reload right after it must not read as saved.
    if (this.tracker.remembered().unsavedDeletes !== this.rememberedUnsavedDeletes) {
      this.rememberDurable();
      return;
    }
    if (this.rememberTimer) return;
    this.rememberTimer = setTimeout(() => {
      this.rememberTimer = null;
      this.rememberDurable();
    }, REMEMBER_DURABLE_DELAY_MS);
  }

  /** Keeps the tracker's memory with the local copy, so a reload while offline knows what is saved. */
  private rememberDurable(): void {
    const persistence = this.persistence;
    if (!persistence) return;
    const { stateVector, unsavedDeletes } = this.tracker.remembered();
    this.rememberedUnsavedDeletes = unsavedDeletes;
    Promise.all([
      persistence.set(DURABLE_SV_KEY, stateVector.slice().buffer),
      persistence.set(UNSAVED_DELETES_KEY, unsavedDeletes ? 1 : 0),
    ]).catch(() => {
      // Only an optimisation (see openLocalCopy); the content itself is stored by y-indexeddb.
    });
  }
}

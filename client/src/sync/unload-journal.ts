/**
 * The last keystrokes before a reload. y-indexeddb stores each update in its own IndexedDB
 * transaction, started when the update happens; a reload a moment after the last keystroke can
 * abort that transaction, and the keystroke is gone (seen in CI: the last character of an offline
 * edit). `pagehide` is the last moment a page may still write synchronously, so then the whole
 * document goes into localStorage; the next open merges it back (Yjs merges idempotently) and
 * removes it. Kept beside the IndexedDB copy's name so leaving a table removes both.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** A document larger than this is left to IndexedDB alone (localStorage holds ~5 MB per site). */
const MAX_JOURNAL_BYTES = 1024 * 1024;

const journalKey = (localName: string) => `${localName}:unload`;

/** Writes the document to localStorage on every `pagehide` while attached; returns the detach. */
export function journalOnUnload(localName: string, doc: Y.Doc, isActive: () => boolean): () => void {
  const onPageHide = () => {
    if (!isActive()) return;
    try {
      const update = Y.encodeStateAsUpdate(doc);
      if (update.length <= MAX_JOURNAL_BYTES)
        window.localStorage.setItem(journalKey(localName), toBase64(update));
    } catch {
      // Storage full or unavailable: IndexedDB still has all but (perhaps) the last moment.
    }
  };
  window.addEventListener('pagehide', onPageHide);
  return () => window.removeEventListener('pagehide', onPageHide);
}

/** Merges a journal left by the previous page into `doc` and removes it. */
export function replayUnloadJournal(localName: string, doc: Y.Doc): void {
  try {
    const stored = window.localStorage.getItem(journalKey(localName));
    if (stored === null) return;
    window.localStorage.removeItem(journalKey(localName));
    // A local change as far as the tracker is concerned: pending until the server acknowledges it.
    Y.applyUpdate(doc, fromBase64(stored));
  } catch {
    // Unreadable journal: IndexedDB's copy stands.
  }
}

/** Removes the journal (leaving a table must leave no note text behind). */
export function clearUnloadJournal(localName: string): void {
  try {
    window.localStorage.removeItem(journalKey(localName));
  } catch {
    // Storage unavailable: nothing was written either.
  }
}

/**
 * Test helpers for shared/ document tests: a seeded PRNG and ways to exchange updates between
 * replicas. Not a test file itself (no `.test.ts`), so vitest does not collect it.
 */
import * as Y from 'yjs';
import { mulberry32 } from '../helpers/seeded.js';

export { mulberry32 };

/** Origin used when applying another replica's update, so forwarding listeners can skip it. */
export const REMOTE = 'test.remote';

/** Picks a random element (undefined for an empty list). */
export function pick<T>(rand: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(rand() * items.length)];
}

/** A replica with a fixed client id, so runs are reproducible. */
export function replica(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return doc;
}

/** Brings every doc up to date with every other (full pairwise state exchange). */
export function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE);
    }
  }
}

/** Creates a replica holding a copy of `source`'s content. */
export function cloneDoc(source: Y.Doc, clientId: number): Y.Doc {
  const doc = replica(clientId);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source), REMOTE);
  return doc;
}

/** Counts the updates a doc emits while `fn` runs (0 means `fn` wrote nothing). */
export function countUpdates(doc: Y.Doc, fn: () => void): number {
  let count = 0;
  const listener = () => count++;
  doc.on('update', listener);
  try {
    fn();
  } finally {
    doc.off('update', listener);
  }
  return count;
}

/** Asserts-by-return that `fn` changed neither the state vector nor emitted an update. */
export function writesNothing(doc: Y.Doc, fn: () => void): boolean {
  const before = Y.encodeStateVector(doc);
  const updates = countUpdates(doc, fn);
  const after = Y.encodeStateVector(doc);
  return updates === 0 && Buffer.from(before).equals(Buffer.from(after));
}

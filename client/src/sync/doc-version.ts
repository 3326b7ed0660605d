/**
 * A per-document change counter: every update bumps it, so snapshot hooks re-read a document only
 * after it changed and hand React the same object while nothing did. Kept per document (not per
 * subscription) so a change between render and subscribe is still noticed.
 */
import type * as Y from 'yjs';

const versions = new WeakMap<Y.Doc, { value: number }>();

export function versionOf(doc: Y.Doc): { value: number } {
  let version = versions.get(doc);
  if (!version) {
    const v = { value: 0 };
    doc.on('update', () => v.value++);
    versions.set(doc, v);
    version = v;
  }
  return version;
}

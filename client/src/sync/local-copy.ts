/**
 * Names and removal of the IndexedDB copies y-indexeddb keeps: one database per document and
 * generation, `dialogdag:<docName>:<generation>`, so a copy of a reset document is never merged back.
 */
import { clearDocument } from 'y-indexeddb';
import type { DocGrant } from '../../../shared/protocol.js';

const PREFIX = 'dialogdag:';

export function localDatabaseName(grant: Pick<DocGrant, 'name' | 'generation'>): string {
  return `${PREFIX}${grant.name}:${grant.generation}`;
}

/**
 * Deletes the local copies of a document, every generation except `keepGeneration`.
 * Browsers without `indexedDB.databases()` (Firefox before 126) keep copies they cannot list.
 */
export async function deleteLocalDatabases(docName: string, keepGeneration?: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const prefix = `${PREFIX}${docName}:`;
  const keep = keepGeneration === undefined ? null : `${prefix}${keepGeneration}`;
  try {
    const databases = await indexedDB.databases();
    const names = databases
      .map((db) => db.name)
      .filter((name): name is string => !!name && name.startsWith(prefix) && name !== keep);
    await Promise.all(names.map((name) => clearDocument(name)));
  } catch {
    // Listing can fail in private modes; a copy left behind is removed the next time this runs.
  }
}

/**
 * A deterministic JSON rendering of a whole Yjs document, for convergence tests.
 *
 * Two replicas that have applied the same updates hold the same content, but `Y.Map#toJSON` lists
 * keys in insertion order, which differs between replicas that received updates in another order.
 * Sorting object keys recursively makes equal content print as equal strings.
 */
import * as Y from 'yjs';

type RootType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

/**
 * Returns the document's content as JSON with object keys sorted at every level. Empty root types
 * are left out, because whether a root exists locally depends only on which reads a replica ran.
 */
export function canonicalJson(doc: Y.Doc): string {
  const roots: Record<string, unknown> = {};
  for (const [name, type] of doc.share) {
    const value = rootToJson(type);
    if (!isEmpty(value)) roots[name] = value;
  }
  return JSON.stringify(sortKeys(roots));
}

function rootToJson(type: RootType): unknown {
  if (type instanceof Y.Map || type instanceof Y.Array || type instanceof Y.Text) return type.toJSON();
  if (type instanceof Y.XmlFragment) return type.toJSON();
  // A root that only arrived from a remote update, never requested locally with getMap/getText/…:
  // its type is unknown here, so render its structure — map entries and/or the sequence content.
  const map: Record<string, unknown> = {};
  for (const [key, item] of type._map) {
    if (item.deleted) continue;
    const content = item.content.getContent();
    map[key] = toPlain(content[content.length - 1]);
  }
  const sequence: unknown[] = [];
  for (let item = type._start; item !== null; item = item.right as typeof item) {
    if (!item.deleted && item.countable) sequence.push(...item.content.getContent().map(toPlain));
  }
  if (sequence.length === 0) return map;
  const text = sequence.every((part) => typeof part === 'string') ? sequence.join('') : null;
  return Object.keys(map).length === 0 ? (text ?? sequence) : { map, sequence: text ?? sequence };
}

function toPlain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

function isEmpty(value: unknown): boolean {
  if (value === '' || value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

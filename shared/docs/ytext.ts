/**
 * Setting a Y.Text from a plain string without clobbering concurrent edits.
 *
 * Replacing the whole text (delete all, insert all) would make two people typing in the same note
 * overwrite each other: each replica deletes the characters the other one inserted. Applying only
 * the changed middle part (common prefix and suffix kept) turns a "set" into the edit a person
 * actually made, and Yjs merges concurrent edits of different parts character by character.
 */
import type * as Y from 'yjs';

/** The one edit that turns one string into another: delete `deleteCount` at `index`, then insert. */
export interface TextDiff {
  index: number;
  deleteCount: number;
  insert: string;
}

/**
 * Computes the minimal single-range edit from `prev` to `next` (common prefix and suffix kept).
 * Never splits a UTF-16 surrogate pair, so an emoji is replaced whole rather than left half-encoded.
 */
export function diffText(prev: string, next: string): TextDiff {
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(prev.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < max - start &&
    prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  if (end > 0 && isLowSurrogate(prev.charCodeAt(prev.length - end))) end--;
  return {
    index: start,
    deleteCount: prev.length - start - end,
    insert: next.slice(start, next.length - end),
  };
}

/**
 * Makes `ytext` read `next` by applying the minimal diff. Call it inside the caller's transaction so
 * the edit carries the caller's origin; it writes nothing when the text is already equal.
 */
export function replaceText(ytext: Y.Text, next: string): void {
  const { index, deleteCount, insert } = diffText(ytext.toString(), next);
  if (deleteCount > 0) ytext.delete(index, deleteCount);
  if (insert.length > 0) ytext.insert(index, insert);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

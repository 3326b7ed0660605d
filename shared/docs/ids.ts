/**
 * Random ids for records inside documents (phases, questions, notes, factors).
 *
 * Ids are created on whichever replica adds the record, offline included, so they must be unique
 * without coordination: 12 base-36 characters are ~62 bits of randomness, plenty for the few thousand
 * records of one event. `globalThis.crypto` exists in browsers and in Node ≥ 19, so this module needs
 * no `node:crypto` import and stays usable on both sides.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Length of ids made by {@link newId}. */
export const RECORD_ID_LENGTH = 12;
// Bytes at or above this value are rejected so that every character is equally likely (252 = 7 × 36).
const UNBIASED_LIMIT = 252;

/** Returns a fresh random id of {@link RECORD_ID_LENGTH} lowercase base-36 characters. */
export function newId(): string {
  let id = '';
  const bytes = new Uint8Array(RECORD_ID_LENGTH * 2);
  while (id.length < RECORD_ID_LENGTH) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      id += ALPHABET[byte % ALPHABET.length];
      if (id.length === RECORD_ID_LENGTH) break;
    }
  }
  return id;
}

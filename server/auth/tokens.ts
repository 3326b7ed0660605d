/**
 * Bearer tokens and ids. Tokens carry 256 bits from the CSPRNG and are stored only as SHA-256
 * hashes: a copy of the database does not let anyone in. (A slow hash is unnecessary for random
 * 256-bit secrets; it matters for guessable passwords.)
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  EVENT_ID_LENGTH,
  ID_ALPHABET,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  TABLE_ID_LENGTH,
} from '../../shared/protocol.js';

const TOKEN_BYTES = 32;

/** A new bearer token: base64url, valid inside a `Sec-WebSocket-Protocol` value. */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const newEventId = (): string => randomString(ID_ALPHABET, EVENT_ID_LENGTH);
export const newTableId = (): string => randomString(ID_ALPHABET, TABLE_ID_LENGTH);
export const newJoinCode = (): string => randomString(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);
/** Generation ids tell one life of a document from another with the same name. */
export const newGeneration = (): string => randomBytes(9).toString('base64url');

/** Reads a bearer token from `Authorization: Bearer …`, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(header);
  return m ? m[1]! : null;
}

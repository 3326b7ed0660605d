/**
 * The wire protocol shared by client and server, defined once.
 *
 * Dialogdag speaks the standard y-websocket protocol (sync + awareness) so an unmodified
 * `WebsocketProvider` works against the server, plus one extension message: the durable ack,
 * sent only to clients that opt in with the {@link SUBPROTOCOL_ACK} subprotocol.
 */

/** y-websocket top-level message types (first varUint of every frame). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Server → client: `[durableAck, varUint count]`. `count` is how many document-writing messages
   * (sync step 2 and update, `[0,1,…]` and `[0,2,…]`) the server has received on this connection and
   * stored durably, counted from 1 at connect. A client that counts what it sent knows exactly which
   * of its changes (deletions included, which a state vector cannot show) are safe on the server.
   */
  durableAck: 100,
} as const;

/** y-protocols sync sub-message types (second varUint of a sync frame). */
export const SyncMessageType = { step1: 0, step2: 1, update: 2 } as const;

/**
 * WebSocket close codes. 4400–4499 tell y-websocket ≥ 3.1 not to reconnect (the decision is final);
 * 4500–4599 and 1012 are transient, the client retries.
 */
export const CloseCode = {
  normal: 1000,
  /** Server restarting (SIGTERM): reconnect shortly. */
  serviceRestart: 1012,
  malformedMessage: 4400,
  unauthorised: 4401,
  forbidden: 4403,
  /** The document or the event it belongs to was deleted. */
  documentGone: 4404,
  /** The client holds state from another generation of the document: it must drop its local copy. */
  generationMismatch: 4409,
  messageTooLarge: 4413,
  /** Awareness or message rate exceeded: transient, retry after backoff. */
  rateLimited: 4529,
  /** The client did not read its messages fast enough (send buffer over the cap). */
  slowConsumer: 4508,
  /** Ping not answered in time. */
  unresponsive: 4510,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Roles a token can carry. The document is the permission boundary (see README). */
export const Role = { facilitator: 'facilitator', table: 'table', projector: 'projector' } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Access a role has to one document. */
export type Access = 'write' | 'read' | 'none';

/**
 * WebSocket subprotocols. Browsers cannot set headers on a WebSocket, so credentials travel in
 * `Sec-WebSocket-Protocol` rather than the URL (URLs end up in logs). The server always answers with
 * one of the two version protocols, never echoing a credential.
 */
export const SUBPROTOCOL = 'dialogdag.v1';
/** Like {@link SUBPROTOCOL}, and asks the server for durable-ack messages. */
export const SUBPROTOCOL_ACK = 'dialogdag.v1.ack';
/** Prefix of the subprotocol entry that carries the bearer token: `dialogdag.auth.<token>`. */
export const SUBPROTOCOL_AUTH_PREFIX = 'dialogdag.auth.';
/** Prefix of the optional entry naming the document generation the client holds: `dialogdag.gen.<id>`. */
export const SUBPROTOCOL_GENERATION_PREFIX = 'dialogdag.gen.';

/** Path prefix of the sync endpoint: `/sync/<docName>`. */
export const SYNC_PATH_PREFIX = '/sync/';

// ---------------------------------------------------------------------------------------------
// Identifiers and the doc-name grammar
// ---------------------------------------------------------------------------------------------

/** Alphabet of event and table ids: lowercase, no look-alikes needed (ids are never typed). */
export const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const EVENT_ID_LENGTH = 12;
export const TABLE_ID_LENGTH = 8;

const EVENT_ID = `[a-z0-9]{${EVENT_ID_LENGTH}}`;
const TABLE_ID = `[a-z0-9]{${TABLE_ID_LENGTH}}`;
const EVENT_ID_RE = new RegExp(`^${EVENT_ID}$`);
const TABLE_ID_RE = new RegExp(`^${TABLE_ID}$`);
const DOC_NAME_RE = new RegExp(`^(?:(event|board)\\.(${EVENT_ID})|table\\.(${EVENT_ID})\\.(${TABLE_ID}))$`);

/** Longest valid doc name; anything longer is rejected before a regex runs on it. */
export const MAX_DOC_NAME_LENGTH = 'table.'.length + EVENT_ID_LENGTH + 1 + TABLE_ID_LENGTH;

export type DocKind = 'event' | 'table' | 'board';

/** A parsed document name. `event.<eventId>`, `board.<eventId>`, `table.<eventId>.<tableId>`. */
export type DocRef =
  | { kind: 'event'; eventId: string }
  | { kind: 'board'; eventId: string }
  | { kind: 'table'; eventId: string; tableId: string };

export function isEventId(value: string): boolean {
  return EVENT_ID_RE.test(value);
}

export function isTableId(value: string): boolean {
  return TABLE_ID_RE.test(value);
}

/** Parses a document name, or returns null when it does not follow the grammar. */
export function parseDocName(name: string): DocRef | null {
  if (name.length > MAX_DOC_NAME_LENGTH) return null;
  const m = DOC_NAME_RE.exec(name);
  if (!m) return null;
  if (m[1] === 'event') return { kind: 'event', eventId: m[2]! };
  if (m[1] === 'board') return { kind: 'board', eventId: m[2]! };
  return { kind: 'table', eventId: m[3]!, tableId: m[4]! };
}

/** The one way to spell a document name. */
export function docName(ref: DocRef): string {
  return ref.kind === 'table' ? `table.${ref.eventId}.${ref.tableId}` : `${ref.kind}.${ref.eventId}`;
}

/** A document its holder may open, as listed in the `docs` field of API responses. */
export interface DocGrant {
  name: string;
  kind: DocKind;
  access: Exclude<Access, 'none'>;
  /** Generation id of the document; a client holding state of another generation must drop it. */
  generation: string;
  /** Present on table docs. */
  tableId?: string;
}

/**
 * The permission table (DESIGN §2): what a role may do with a document of its own event.
 * `ownTable` is whether a table document is the holder's own table.
 */
export function accessFor(role: Role, kind: DocKind, ownTable: boolean): Access {
  switch (role) {
    case 'facilitator':
      return 'write';
    case 'projector':
      return 'read';
    case 'table':
      if (kind === 'event') return 'read';
      if (kind === 'table') return ownTable ? 'write' : 'none';
      return 'none';
  }
}

// ---------------------------------------------------------------------------------------------
// Join codes
// ---------------------------------------------------------------------------------------------

/** Join-code alphabet: uppercase without look-alikes (0/O, 1/I/L, 5/S, 2/Z, 8/B are dropped). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 8;

/** Normalises what a person typed: case, spaces and dashes don't matter. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—_.]/g, '');
}

/** Shows a normalised code in two readable halves: `ABCD-EFGH`. */
export function formatJoinCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

export function isWellFormedJoinCode(normalised: string): boolean {
  if (normalised.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of normalised) if (!JOIN_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Limits shared by both sides (the client shows them, the server enforces them)
// ---------------------------------------------------------------------------------------------

/** Largest WebSocket frame the server accepts. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Largest awareness state (JSON) a connection may publish. */
export const MAX_AWARENESS_STATE_BYTES = 4 * 1024;
/** Longest note text the client lets a person write. */
export const MAX_NOTE_CHARS = 1000;

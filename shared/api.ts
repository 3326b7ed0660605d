/**
 * Shapes of the HTTP API's requests and responses, shared so the client and tests type them the same
 * way the server produces them. Validation of request bodies lives on the server (zod).
 */
import type { DocGrant } from './protocol.js';

export type Language = 'sv' | 'en';

export interface CreateEventRequest {
  title: string;
  language?: Language;
  organiser?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  /** Workbook template id; defaults to the Appreciative Inquiry 4-D workbook. */
  template?: 'ai-4d' | 'empty';
}

export interface CreateEventResponse {
  eventId: string;
  facilitatorToken: string;
  /** Facilitator link; the token travels in the URL fragment, which browsers never send. */
  facilitatorUrl: string;
  projectorUrl: string;
  docs: DocGrant[];
}

export interface EventSummary {
  eventId: string;
  title: string;
  language: Language;
  organiser: string;
  date: string | null;
  createdAt: string;
}

export interface TableSummary {
  tableId: string;
  name: string;
  organisations: string[];
  /** Normalised join code (no dash). */
  joinCode: string;
  joinUrl: string;
  docName: string;
}

export interface CreateTableRequest {
  name: string;
  organisations?: string[];
}

export interface UpdateTableRequest {
  name?: string;
  organisations?: string[];
}

export interface CreateTableResponse extends TableSummary {
  docs: DocGrant[];
}

export interface ListTablesResponse {
  tables: TableSummary[];
}

export interface JoinRequest {
  code: string;
}

export interface JoinResponse {
  eventId: string;
  tableId: string;
  tableName: string;
  language: Language;
  /** Table token: send as `dialogdag.auth.<token>` subprotocol entry when opening sync sockets. */
  token: string;
  docs: DocGrant[];
}

/** Who a token belongs to, for clients that hold a token and need their grants again (reload). */
export interface SessionResponse {
  role: 'facilitator' | 'table' | 'projector';
  eventId: string;
  tableId?: string;
  event: EventSummary;
  docs: DocGrant[];
}

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorised'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unsupported_media_type'
  | 'storage_unavailable'
  | 'embedder_unavailable'
  | 'internal';

// --- Local sentence embeddings (optional; README "Local sentence embeddings") ---

/** At most this many texts in one `POST …/suggest/embeddings`; more is a 413. */
export const MAX_EMBED_TEXTS = 256;
/** At most this many characters (UTF-16 code units) per text; longer is a 400. */
export const MAX_EMBED_TEXT_CHARS = 2000;

/** `GET /api/events/:eventId/suggest/embedder`: whether this server has a usable local model. */
export interface EmbedderStatusResponse {
  available: boolean;
  /** The model's name (its folder); vectors of different models are never mixed. */
  model?: string;
  dimensions?: number;
}

export interface EmbeddingsRequest {
  texts: string[];
}

export interface EmbeddingsResponse {
  model: string;
  dimensions: number;
  /** One per text, in order: base64 of `dimensions` little-endian float32 values, unit length. */
  vectors: string[];
}

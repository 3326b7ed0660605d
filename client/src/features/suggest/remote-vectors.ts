/**
 * Sentence vectors from the server's optional local model (README "Local sentence embeddings"), for
 * the grouping suggestions. Only the facilitator asks, with their token; the server embeds the texts
 * itself and sends them nowhere. Vectors are kept for the page session, by event and text, so each
 * text is embedded once. When the server has no model, or a request fails, the answer is an empty map
 * and suggestions use words alone — never an error the facilitator has to read.
 */
import {
  MAX_EMBED_TEXT_CHARS,
  MAX_EMBED_TEXTS,
  type EmbedderStatusResponse,
  type EmbeddingsResponse,
} from '../../../../shared/api.js';
import { apiRequest } from '../../api/http.js';

interface EventVectors {
  /** The server's answer to "is there a model?", asked once per page session (again after a failure). */
  status: Promise<EmbedderStatusResponse | null> | null;
  /** The model the cached vectors came from; vectors of different models are never mixed. */
  model: string | null;
  vectors: Map<string, Float32Array>;
}

const byEvent = new Map<string, EventVectors>();

const eventPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/suggest`;

function entryFor(eventId: string): EventVectors {
  let entry = byEvent.get(eventId);
  if (!entry) {
    entry = { status: null, model: null, vectors: new Map() };
    byEvent.set(eventId, entry);
  }
  return entry;
}

function askStatus(
  entry: EventVectors,
  eventId: string,
  token: string,
): Promise<EmbedderStatusResponse | null> {
  entry.status ??= apiRequest<EmbedderStatusResponse>('GET', `${eventPath(eventId)}/embedder`, {
    token,
  }).then((result) => {
    if (result.ok) return result.value;
    entry.status = null; // a network blip or a refused token: ask again next time
    return null;
  });
  return entry.status;
}

/** Decodes base64 little-endian float32 values; null when the size is not what the server declared. */
function decodeVector(base64: string, dimensions: number): Float32Array | null {
  const binary = atob(base64);
  if (binary.length !== dimensions * 4) return null;
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i));
  const vector = new Float32Array(dimensions);
  for (let d = 0; d < dimensions; d++) vector[d] = view.getFloat32(d * 4, true);
  return vector;
}

/**
 * Unit-length sentence vectors for `texts`, keyed by the exact text, from the server's local model.
 * Texts are sent in batches of {@link MAX_EMBED_TEXTS} (each cut to {@link MAX_EMBED_TEXT_CHARS}); texts
 * already fetched in this page session are not sent again. Empty when the server has no model or any
 * request fails.
 */
export async function fetchRemoteVectors(
  eventId: string,
  token: string,
  texts: readonly string[],
): Promise<Map<string, Float32Array>> {
  const entry = entryFor(eventId);
  const status = await askStatus(entry, eventId, token);
  if (!status?.available) return new Map();

  const missing = [...new Set(texts)].filter((t) => !entry.vectors.has(t));
  for (let start = 0; start < missing.length; start += MAX_EMBED_TEXTS) {
    const batch = missing.slice(start, start + MAX_EMBED_TEXTS);
    const result = await apiRequest<EmbeddingsResponse>('POST', `${eventPath(eventId)}/embeddings`, {
      token,
      body: { texts: batch.map((t) => t.slice(0, MAX_EMBED_TEXT_CHARS)) },
    });
    if (!result.ok) {
      // 503: the model went away (e.g. the server restarted without it): ask about it again next time.
      if (result.error.status === 503) entry.status = null;
      return new Map();
    }
    const { model, dimensions, vectors } = result.value;
    if (vectors.length !== batch.length) return new Map();
    if (entry.model !== model) {
      entry.vectors.clear();
      entry.model = model;
    }
    for (let k = 0; k < batch.length; k++) {
      const vector = decodeVector(vectors[k]!, dimensions);
      if (!vector) return new Map();
      entry.vectors.set(batch[k]!, vector);
    }
  }

  const answer = new Map<string, Float32Array>();
  for (const text of texts) {
    const vector = entry.vectors.get(text);
    if (vector) answer.set(text, vector);
  }
  return answer;
}

/** Forgets every cached vector and status (tests; a facilitator switching servers). */
export function clearRemoteVectors(): void {
  byEvent.clear();
}

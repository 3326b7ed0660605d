/**
 * Sentence embeddings from the server's optional local model, for the facilitator's grouping
 * suggestions: whether a model is there, and vectors for a batch of note texts. The texts are embedded
 * on this server and never leave it; without a model the client uses words alone.
 */
import { z } from 'zod';
import {
  MAX_EMBED_TEXT_CHARS,
  MAX_EMBED_TEXTS,
  type EmbedderStatusResponse,
  type EmbeddingsResponse,
} from '../../shared/api.js';
import type { EmbedderService } from '../suggest/embedder-service.js';
import { readJson } from './body.js';
import { requireFacilitator } from './auth-guard.js';
import { HttpError } from './errors.js';
import type { ApiDeps } from './deps.js';
import type { Router } from './router.js';

/** Room for the largest allowed request: every text at its limit, even if JSON escapes some characters. */
export const MAX_EMBED_BODY_BYTES = 4 * 1024 * 1024;

const EmbeddingsBody = z.object({ texts: z.array(z.string()) });

/** Base64 of little-endian float32 values (explicit, so the byte order never depends on the host). */
function vectorToBase64(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((x, i) => bytes.writeFloatLE(x, i * 4));
  return bytes.toString('base64');
}

export function registerEmbeddingRoutes(router: Router, deps: ApiDeps, embedder: EmbedderService): void {
  const { storage } = deps;

  router.add('GET', '/api/events/:eventId/suggest/embedder', async ({ req, params }) => {
    requireFacilitator(storage, req, params.eventId!);
    const status = await embedder.status();
    const body: EmbedderStatusResponse = status.available
      ? { available: true, model: status.model, dimensions: status.dimensions }
      : { available: false };
    return { status: 200, body };
  });

  router.add('POST', '/api/events/:eventId/suggest/embeddings', async ({ req, params }) => {
    requireFacilitator(storage, req, params.eventId!);
    const { texts } = await readJson(req, EmbeddingsBody, MAX_EMBED_BODY_BYTES);
    if (texts.length > MAX_EMBED_TEXTS) {
      throw new HttpError(
        'payload_too_large',
        `At most ${MAX_EMBED_TEXTS} texts in one request (got ${texts.length}); send them in batches.`,
      );
    }
    const tooLong = texts.findIndex((t) => t.length > MAX_EMBED_TEXT_CHARS);
    if (tooLong >= 0) {
      throw new HttpError(
        'bad_request',
        `texts.${tooLong}: at most ${MAX_EMBED_TEXT_CHARS} characters per text.`,
      );
    }
    const model = await embedder.get();
    if (!model) {
      throw new HttpError(
        'embedder_unavailable',
        'This server has no usable sentence-embedding model (EMBEDDER_MODEL_DIR); suggestions use words only.',
      );
    }
    const vectors = await model.embed(texts);
    const body: EmbeddingsResponse = {
      model: model.id,
      dimensions: model.dimensions,
      vectors: vectors.map(vectorToBase64),
    };
    return { status: 200, body };
  });
}

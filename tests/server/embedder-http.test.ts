/**
 * The embedding endpoints against the real in-process server: not available (503) without a model,
 * vectors with the generated tiny model configured, facilitators only, and the request limits. The
 * client's fetch (client/src/features/suggest/remote-vectors.ts) is run against the same server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MAX_EMBED_TEXT_CHARS,
  MAX_EMBED_TEXTS,
  type EmbedderStatusResponse,
  type EmbeddingsResponse,
} from '../../shared/api.js';
import { loadOnnxEmbedder } from '../../server/suggest/onnx-embedder.js';
import { clearRemoteVectors, fetchRemoteVectors } from '../../client/src/features/suggest/remote-vectors.js';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { api, createFixture, type Fixture } from '../helpers/api.js';
import { expectApiError } from '../helpers/api-error.js';
import { FIXTURE_DIMENSIONS, writeEmbedderFixture } from '../helpers/embedder-fixture.js';

const statusPath = (f: Fixture) => `/api/events/${f.event.eventId}/suggest/embedder`;
const embedPath = (f: Fixture) => `/api/events/${f.event.eventId}/suggest/embeddings`;
/** The facilitator's "is there a model?" request. */
const askStatus = (url: string, f: Fixture) =>
  api<EmbedderStatusResponse>(url, 'GET', statusPath(f), undefined, f.event.facilitatorToken);

function decode(base64: string): Float32Array {
  const bytes = Buffer.from(base64, 'base64');
  return Float32Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatLE(i * 4));
}

/** Sends the client's relative API paths to the test server, counting the calls per path. */
function routeClientFetchTo(server: TestServer): Map<string, number> {
  const calls = new Map<string, number>();
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    if (!input.startsWith('/')) return realFetch(input, init); // the test's own calls
    const key = `${init?.method ?? 'GET'} ${input}`;
    calls.set(key, (calls.get(key) ?? 0) + 1);
    return realFetch(server.url + input, init);
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearRemoteVectors();
});

describe('embeddings without a model', () => {
  let server: TestServer;
  let fx: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 1);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('the facilitator is told no model is available', async () => {
    const r = await askStatus(server.url, fx);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ available: false });
  });

  it('asking for vectors is a 503 embedder_unavailable', async () => {
    const r = await api(
      server.url,
      'POST',
      embedPath(fx),
      { texts: ['trygg skola'] },
      fx.event.facilitatorToken,
    );
    expect(r.status).toBe(503);
    expectApiError(r.body, 'embedder_unavailable');
  });

  it('the client gets an empty map and asks about the model only once per page session', async () => {
    const calls = routeClientFetchTo(server);
    expect(
      (await fetchRemoteVectors(fx.event.eventId, fx.event.facilitatorToken, ['trygg skola'])).size,
    ).toBe(0);
    expect((await fetchRemoteVectors(fx.event.eventId, fx.event.facilitatorToken, ['budget'])).size).toBe(0);
    expect([...calls]).toEqual([[`GET ${statusPath(fx)}`, 1]]);
  });
});

describe('embeddings with a local model', () => {
  let server: TestServer;
  let fx: Fixture;
  let other: Fixture;
  let modelDir: string;

  beforeAll(async () => {
    modelDir = writeEmbedderFixture();
    server = await startTestServer({ env: { EMBEDDER_MODEL_DIR: modelDir } });
    fx = await createFixture(server.url, 1);
    other = await createFixture(server.url, 1, 'Annan dag');
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(modelDir), { recursive: true, force: true });
  });

  const embed = (texts: unknown, token = fx.event.facilitatorToken) =>
    api<EmbeddingsResponse>(server.url, 'POST', embedPath(fx), { texts }, token);

  it('the facilitator is told the model name and vector size', async () => {
    const r = await askStatus(server.url, fx);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ available: true, model: 'tiny-embedder', dimensions: FIXTURE_DIMENSIONS });
  });

  it('gives one base64 float32 unit vector per text, in order, equal to the model run directly', async () => {
    const texts = ['trygg skola för alla', 'budget och kostnader', 'trygg skola för alla'];
    const r = await embed(texts);
    expect(r.status).toBe(200);
    expect(r.body.model).toBe('tiny-embedder');
    expect(r.body.dimensions).toBe(FIXTURE_DIMENSIONS);
    const vectors = r.body.vectors.map(decode);
    expect(vectors).toHaveLength(3);
    const direct = await loadOnnxEmbedder(modelDir);
    try {
      const expected = await direct.embed(texts);
      vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(expected[i]!)));
    } finally {
      await direct.close();
    }
    expect(Math.hypot(...vectors[1]!)).toBeCloseTo(1, 5);
  });

  it('an empty list gives an empty list', async () => {
    const r = await embed([]);
    expect(r.status).toBe(200);
    expect(r.body.vectors).toEqual([]);
  });

  it('refuses a call without a token (401), from a table or projector (403), or for another event (404)', async () => {
    const none = await api(server.url, 'POST', embedPath(fx), { texts: ['x'] });
    expect(none.status).toBe(401);
    expectApiError(none.body, 'unauthorised');
    for (const token of [fx.tables[0]!.token, fx.projectorToken]) {
      const r = await embed(['x'], token);
      expect(r.status).toBe(403);
      expectApiError(r.body, 'forbidden');
      const s = await api(server.url, 'GET', statusPath(fx), undefined, token);
      expect(s.status).toBe(403);
    }
    const foreign = await embed(['x'], other.event.facilitatorToken);
    expect(foreign.status).toBe(404);
    expectApiError(foreign.body, 'not_found');
  });

  it(`refuses more than ${MAX_EMBED_TEXTS} texts with 413 and a longer text with 400`, async () => {
    const many = await embed(Array.from({ length: MAX_EMBED_TEXTS + 1 }, (_, i) => `text ${i}`));
    expect(many.status).toBe(413);
    expectApiError(many.body, 'payload_too_large');
    const atLimit = await embed(Array.from({ length: MAX_EMBED_TEXTS }, (_, i) => `text ${i}`));
    expect(atLimit.status).toBe(200);

    const long = await embed(['kort', 'å'.repeat(MAX_EMBED_TEXT_CHARS + 1)]);
    expect(long.status).toBe(400);
    expectApiError(long.body, 'bad_request');
    expect((long.body as unknown as { error: { message: string } }).error.message).toMatch(/texts\.1/);
  });

  it('refuses a body that is not a list of strings with 400', async () => {
    for (const texts of ['trygg skola', [1, 2], null]) {
      const r = await embed(texts);
      expect(r.status).toBe(400);
      expectApiError(r.body, 'bad_request');
    }
  });

  it('the client fetches in batches, decodes the vectors, and sends each text once per page session', async () => {
    const calls = routeClientFetchTo(server);
    const texts = Array.from({ length: MAX_EMBED_TEXTS + 10 }, (_, i) => `trygg skola ${i}`);
    const first = await fetchRemoteVectors(fx.event.eventId, fx.event.facilitatorToken, texts);
    expect(first.size).toBe(texts.length);
    expect(calls.get(`POST ${embedPath(fx)}`)).toBe(2);

    const direct = await embed(['trygg skola 3']);
    expect(Array.from(first.get('trygg skola 3')!)).toEqual(Array.from(decode(direct.body.vectors[0]!)));

    const again = await fetchRemoteVectors(fx.event.eventId, fx.event.facilitatorToken, [
      'trygg skola 3',
      'buss',
    ]);
    expect([...again.keys()]).toEqual(['trygg skola 3', 'buss']);
    expect(calls.get(`POST ${embedPath(fx)}`)).toBe(3);
    expect(calls.get(`GET ${statusPath(fx)}`)).toBe(1);
  });

  it('the client gets an empty map when the request is refused', async () => {
    routeClientFetchTo(server);
    expect((await fetchRemoteVectors(fx.event.eventId, fx.tables[0]!.token, ['trygg skola'])).size).toBe(0);
  });
});

/**
 * The ONNX sentence embedder, run for real through onnxruntime-node on a tiny model generated here:
 * vector size and length, determinism, that shared words bring texts closer, that mean pooling ignores
 * padding, the cache, and that a missing or broken model folder is reported, not thrown at the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EmbedderLoadError,
  loadOnnxEmbedder,
  type OnnxEmbedder,
} from '../../server/suggest/onnx-embedder.js';
import { createEmbedderService } from '../../server/suggest/embedder-service.js';
import { createLogger } from '../../server/log.js';
import {
  FIXTURE_DIMENSIONS,
  fixtureEmbeddingTable,
  FIXTURE_VOCAB,
  FIXTURE_WORDS,
  writeEmbedderFixture,
} from '../helpers/embedder-fixture.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (a: Float32Array) => Math.sqrt(dot(a, a));

/** A logger whose JSON lines are kept, to check what an operator would read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('info', {
    write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { log, lines };
}

const folders: string[] = [];
function fixtureFolder(): string {
  const dir = writeEmbedderFixture();
  folders.push(path.dirname(dir));
  return dir;
}

afterAll(() => {
  for (const f of folders) fs.rmSync(f, { recursive: true, force: true });
});

describe('the ONNX sentence embedder', () => {
  let embedder: OnnxEmbedder;

  beforeAll(async () => {
    embedder = await loadOnnxEmbedder(fixtureFolder(), { batchSize: 4, cacheEntries: 100 });
  });
  afterAll(() => embedder.close());

  it('names the model after its folder and learns the vector size from the model', () => {
    expect(embedder.id).toBe('tiny-embedder');
    expect(embedder.dimensions).toBe(FIXTURE_DIMENSIONS);
  });

  it('gives one unit-length vector of the model size per text, in order', async () => {
    const texts = ['Trygg skola för alla', 'budget', '', 'ett ord som inte finns'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(FIXTURE_DIMENSIONS);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('is the mean of the token rows over the text, L2-normalised (as sentence-transformers pools)', async () => {
    const table = fixtureEmbeddingTable();
    const ids = ['[CLS]', 'trygg', 'skola', '[SEP]'].map((t) => FIXTURE_VOCAB[t]!);
    const expected = new Float32Array(FIXTURE_DIMENSIONS);
    for (const id of ids)
      for (let d = 0; d < FIXTURE_DIMENSIONS; d++) expected[d]! += table[id * FIXTURE_DIMENSIONS + d]!;
    const length = norm(expected);
    const [v] = await embedder.embed(['TRYGG Skola']);
    for (let d = 0; d < FIXTURE_DIMENSIONS; d++) expect(v![d]).toBeCloseTo(expected[d]! / length, 5);
  });

  it('gives the same text the same vector, in any call and at any position', async () => {
    const [a] = await embedder.embed(['samverkan mellan förvaltningar']);
    const [, b, c] = await embedder.embed([
      'kultur',
      'samverkan mellan förvaltningar',
      'samverkan mellan förvaltningar',
    ]);
    expect(Array.from(b!)).toEqual(Array.from(a!));
    expect(Array.from(c!)).toEqual(Array.from(a!));
  });

  it('puts texts that share words closer than texts that share none', async () => {
    const [school, schoolForAll, budget] = await embedder.embed([
      'trygg skola för elever',
      'en trygg skola för alla barn',
      'budget och kostnader',
    ]);
    expect(dot(school!, schoolForAll!)).toBeGreaterThan(dot(school!, budget!) + 0.1);
    expect(dot(schoolForAll!, school!)).toBeGreaterThan(dot(schoolForAll!, budget!) + 0.1);
  });

  it('ignores padding: a short text batched with a long one has the vector it has alone', async () => {
    // A separate instance with an empty cache, so both vectors are computed by the model.
    const fresh = await loadOnnxEmbedder(fixtureFolder(), { batchSize: 8 });
    try {
      const short = 'buss';
      const long = 'tydlig ledning mål och uppföljning för fritid idrott kultur och föreningar';
      const [inBatch] = await fresh.embed([short, long]);
      const alone = await loadOnnxEmbedder(fixtureFolder());
      try {
        const [single] = await alone.embed([short]);
        for (let d = 0; d < FIXTURE_DIMENSIONS; d++) expect(inBatch![d]).toBeCloseTo(single![d]!, 6);
      } finally {
        await alone.close();
      }
    } finally {
      await fresh.close();
    }
  });

  it('answers repeated texts from its cache without running the model again', async () => {
    const fresh = await loadOnnxEmbedder(fixtureFolder(), { cacheEntries: 10 });
    try {
      await fresh.embed(['trafik buss', 'cykel väg']);
      const before = fresh.cacheStats();
      expect(before.size).toBe(2);
      const again = await fresh.embed(['cykel väg', 'trafik buss', 'cykel väg']);
      const after = fresh.cacheStats();
      expect(after.hits - before.hits).toBe(3);
      expect(after.misses - before.misses).toBe(0);
      // A caller changing its copy does not change what the cache answers next time.
      again[0]!.fill(0);
      const [third] = await fresh.embed(['cykel väg']);
      expect(norm(third!)).toBeCloseTo(1, 5);
    } finally {
      await fresh.close();
    }
  });

  it('cuts texts longer than the tokenizer allows and still gives a unit vector', async () => {
    const long = Array.from({ length: 200 }, (_, i) => FIXTURE_WORDS[i % FIXTURE_WORDS.length]).join(' ');
    const [v] = await embedder.embed([long]);
    expect(norm(v!)).toBeCloseTo(1, 5);
  });
});

describe('a model folder that cannot be used', () => {
  it('missing: loading throws an EmbedderLoadError naming the folder', async () => {
    const missing = path.join(path.dirname(fixtureFolder()), 'no-such-model');
    await expect(loadOnnxEmbedder(missing)).rejects.toThrow(EmbedderLoadError);
    await expect(loadOnnxEmbedder(missing)).rejects.toThrow(/no-such-model does not exist/);
  });

  it('without tokenizer.json: the error names the missing file', async () => {
    const dir = fixtureFolder();
    fs.rmSync(path.join(dir, 'tokenizer.json'));
    await expect(loadOnnxEmbedder(dir)).rejects.toThrow(/tokenizer\.json is missing/);
  });

  it('with a corrupt model.onnx: loading throws an EmbedderLoadError, not a crash', async () => {
    const dir = fixtureFolder();
    fs.writeFileSync(path.join(dir, 'model.onnx'), Buffer.from('this is not an onnx model'));
    const error = await loadOnnxEmbedder(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbedderLoadError);
    expect((error as Error).message).toMatch(/model\.onnx could not be loaded/);
  });

  it('the service logs a missing folder at start and reports the model as not available', async () => {
    const { log, lines } = capturingLogger();
    const service = createEmbedderService('/nonexistent/dialogdag-model', log);
    expect(lines.some((l) => l.level === 40 && /does not exist/.test(String(l.msg)))).toBe(true);
    expect(await service.status()).toEqual({
      available: false,
      reason: expect.stringMatching(/does not exist/),
    });
    expect(await service.get()).toBeNull();
    await service.close();
  });

  it('the service logs a corrupt model on first use and reports it as not available', async () => {
    const dir = fixtureFolder();
    fs.writeFileSync(path.join(dir, 'model.onnx'), Buffer.alloc(64, 0xff));
    const { log, lines } = capturingLogger();
    const service = createEmbedderService(dir, log);
    expect(lines.some((l) => /loads on first use/.test(String(l.msg)))).toBe(true);
    expect((await service.status()).available).toBe(false);
    expect(lines.some((l) => l.level === 50 && /could not be loaded/.test(String(l.msg)))).toBe(true);
    expect(await service.get()).toBeNull();
    await service.close();
  });

  it('the service without a configured folder says so once and is not available', async () => {
    const { log, lines } = capturingLogger();
    const service = createEmbedderService(null, log);
    expect(lines.map((l) => l.msg)).toEqual([
      expect.stringMatching(/no sentence-embedding model configured/),
    ]);
    expect((await service.status()).available).toBe(false);
    await service.close();
  });

  it('the service loads a good folder lazily, once, and reports its name and size', async () => {
    const { log, lines } = capturingLogger();
    const service = createEmbedderService(fixtureFolder(), log);
    expect(lines.some((l) => l.msg === 'sentence-embedding model loaded')).toBe(false);
    const [a, b] = await Promise.all([service.status(), service.status()]);
    expect(a).toEqual({ available: true, model: 'tiny-embedder', dimensions: FIXTURE_DIMENSIONS });
    expect(b).toEqual(a);
    expect(lines.filter((l) => l.msg === 'sentence-embedding model loaded')).toHaveLength(1);
    await service.close();
  });
});

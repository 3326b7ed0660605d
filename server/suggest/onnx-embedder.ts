/**
 * A sentence-embedding {@link Embedder} that runs an ONNX model from a folder on this server: the
 * folder holds `model.onnx` (a transformer exported to ONNX, e.g. a sentence-transformers model through
 * Optimum) and its Hugging Face `tokenizer.json`. Vectors are the mean of the token embeddings over the
 * attention mask, L2-normalised — what sentence-transformers does for its mean-pooling models — so they
 * match the Python model's output.
 *
 * Nothing is fetched: the tokenizer is pure JavaScript reading the file, and `onnxruntime-node` (an
 * optional dependency, loaded only here) runs the CPU build it ships in its npm package.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type * as Ort from 'onnxruntime-common';
import type { Embedder } from '../../shared/suggest/types.js';
import { LruCache } from './lru.js';

export const MODEL_FILE = 'model.onnx';
export const TOKENIZER_FILE = 'tokenizer.json';
const TOKENIZER_CONFIG_FILE = 'tokenizer_config.json';
/** Loaded through a variable so the server builds and runs when the optional package is left out. */
const ORT_PACKAGE = 'onnxruntime-node';

const DEFAULT_BATCH_SIZE = 32;
const DEFAULT_CACHE_ENTRIES = 10_000;
/** Notes are short; 256 tokens is what most sentence-transformers models were trained with. */
const DEFAULT_MAX_TOKENS = 256;
const MAX_TOKENS_CEILING = 512;
/** The token outputs a sentence-embedding export names, most likely first. */
const TOKEN_OUTPUTS = ['last_hidden_state', 'token_embeddings'];

/** A model folder that cannot be used; the message says which file and why, for the operator's log. */
export class EmbedderLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbedderLoadError';
  }
}

export interface OnnxEmbedderOptions {
  /** Texts per model run. */
  batchSize?: number;
  /** Vectors kept by text. */
  cacheEntries?: number;
  /** Tokens per text (longer texts are cut); defaults to the tokenizer's own limit, at most 512. */
  maxTokens?: number;
  /** CPU threads for one model run; defaults to half the cores, so sync traffic keeps the rest. */
  threads?: number;
}

export interface OnnxEmbedder extends Embedder {
  readonly modelDir: string;
  cacheStats(): { hits: number; misses: number; size: number };
  close(): Promise<void>;
}

interface ModelFiles {
  model: string;
  tokenizer: string;
  tokenizerConfig: string | null;
}

/** The files of a model folder, or an {@link EmbedderLoadError} naming what is missing. */
export function locateModelFiles(dir: string): ModelFiles {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new EmbedderLoadError(`the model folder ${dir} does not exist`);
  }
  if (!stat.isDirectory()) throw new EmbedderLoadError(`${dir} is not a folder`);
  // sentence-transformers saves its ONNX export as onnx/model.onnx; Optimum writes model.onnx.
  const model = [MODEL_FILE, path.join('onnx', MODEL_FILE)]
    .map((f) => path.join(dir, f))
    .find((f) => fs.existsSync(f));
  if (!model) throw new EmbedderLoadError(`${MODEL_FILE} is missing in ${dir}`);
  const tokenizer = path.join(dir, TOKENIZER_FILE);
  if (!fs.existsSync(tokenizer)) throw new EmbedderLoadError(`${TOKENIZER_FILE} is missing in ${dir}`);
  const config = path.join(dir, TOKENIZER_CONFIG_FILE);
  return { model, tokenizer, tokenizerConfig: fs.existsSync(config) ? config : null };
}

function readJsonFile(file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new EmbedderLoadError(`${file} could not be read: ${(error as Error).message}`);
  }
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split('\n')[0]!;

/**
 * Loads the model folder and checks it on a test sentence. Throws {@link EmbedderLoadError} with a
 * message for the operator when the folder, a file, the runtime or the model's shape is wrong.
 */
export async function loadOnnxEmbedder(
  dir: string,
  options: OnnxEmbedderOptions = {},
): Promise<OnnxEmbedder> {
  const files = locateModelFiles(dir);
  const tokenizerJson = readJsonFile(files.tokenizer);
  const tokenizerConfig = files.tokenizerConfig ? readJsonFile(files.tokenizerConfig) : {};
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
  } catch (error) {
    throw new EmbedderLoadError(
      `${files.tokenizer} is not a tokenizer this server reads: ${firstLine(error)}`,
    );
  }

  let ort: typeof Ort;
  try {
    ort = (await import(ORT_PACKAGE)) as typeof Ort;
  } catch (error) {
    throw new EmbedderLoadError(
      `the optional package ${ORT_PACKAGE} is not installed or does not load here (${firstLine(error)})`,
    );
  }
  let session: Ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(files.model, {
      executionProviders: ['cpu'],
      graphOptimizationLevel: 'all',
      intraOpNumThreads: options.threads ?? Math.max(1, Math.floor(os.availableParallelism() / 2)),
      interOpNumThreads: 1,
      logSeverityLevel: 3,
    });
  } catch (error) {
    throw new EmbedderLoadError(`${files.model} could not be loaded: ${firstLine(error)}`);
  }

  try {
    const embedder = new OnnxSentenceEmbedder(dir, ort, session, tokenizer, {
      maxTokens: options.maxTokens ?? tokenizerMaxTokens(tokenizerJson, tokenizerConfig),
      padId: padTokenId(tokenizer, tokenizerJson, tokenizerConfig),
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      cacheEntries: options.cacheEntries ?? DEFAULT_CACHE_ENTRIES,
    });
    await embedder.probe();
    return embedder;
  } catch (error) {
    await session.release().catch(() => {});
    if (error instanceof EmbedderLoadError) throw error;
    throw new EmbedderLoadError(`${files.model} failed on a test sentence: ${firstLine(error)}`);
  }
}

function tokenizerMaxTokens(json: Record<string, unknown>, config: Record<string, unknown>): number {
  const truncation = json.truncation as { max_length?: unknown } | null | undefined;
  const candidates = [truncation?.max_length, config.model_max_length];
  const found = candidates.find((n): n is number => typeof n === 'number' && n > 2 && n < 100_000);
  return Math.min(found ?? DEFAULT_MAX_TOKENS, MAX_TOKENS_CEILING);
}

function padTokenId(
  tokenizer: Tokenizer,
  json: Record<string, unknown>,
  config: Record<string, unknown>,
): number {
  const padding = json.padding as { pad_id?: unknown } | null | undefined;
  if (typeof padding?.pad_id === 'number') return padding.pad_id;
  const names = [config.pad_token, '[PAD]', '<pad>'].filter((n): n is string => typeof n === 'string');
  for (const name of names) {
    const id = tokenizer.token_to_id(name);
    if (id !== undefined) return id;
  }
  return 0;
}

interface Settings {
  maxTokens: number;
  padId: number;
  batchSize: number;
  cacheEntries: number;
}

class OnnxSentenceEmbedder implements OnnxEmbedder {
  readonly id: string;
  dimensions = 0;
  private readonly cache: LruCache<string, Float32Array>;
  private readonly output: string;
  /** How many special tokens the tokenizer appends (`[SEP]`, `</s>`): kept when a long text is cut. */
  private readonly suffixTokens: number;
  /** Model runs one at a time: the runtime already uses several threads for one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly modelDir: string,
    private readonly ort: typeof Ort,
    private readonly session: Ort.InferenceSession,
    private readonly tokenizer: Tokenizer,
    private readonly settings: Settings,
  ) {
    this.id = path.basename(path.resolve(modelDir));
    this.cache = new LruCache(settings.cacheEntries);
    const known = new Set(['input_ids', 'attention_mask', 'token_type_ids']);
    if (!session.inputNames.includes('input_ids')) {
      throw new EmbedderLoadError(
        `the model has no input_ids input (inputs: ${session.inputNames.join(', ')})`,
      );
    }
    const unknown = session.inputNames.filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new EmbedderLoadError(
        `the model asks for inputs this server does not give: ${unknown.join(', ')}`,
      );
    }
    this.output = TOKEN_OUTPUTS.find((n) => session.outputNames.includes(n)) ?? session.outputNames[0]!;
    const withSpecials = tokenizer.encode('a').ids;
    const plain = tokenizer.encode('a', { add_special_tokens: false }).ids;
    const at = plain.length > 0 ? indexOfRun(withSpecials, plain) : -1;
    this.suffixTokens = at < 0 ? 0 : withSpecials.length - at - plain.length;
  }

  /** Runs one sentence to learn (and check) the vector size. */
  async probe(): Promise<void> {
    const [vector] = await this.compute(['Dialogdag']);
    if (!vector || vector.length === 0 || !vector.every(Number.isFinite)) {
      throw new EmbedderLoadError(`the model's ${this.output} output gives no usable vector`);
    }
    this.dimensions = vector.length;
  }

  cacheStats() {
    return { hits: this.cache.hits, misses: this.cache.misses, size: this.cache.size };
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const result: (Float32Array | undefined)[] = new Array(texts.length);
    const missing = new Map<string, number[]>();
    texts.forEach((text, i) => {
      const cached = this.cache.get(text);
      if (cached) result[i] = cached.slice();
      else missing.set(text, [...(missing.get(text) ?? []), i]);
    });
    if (missing.size > 0) {
      const unique = [...missing.keys()];
      const vectors = await this.compute(unique);
      unique.forEach((text, k) => {
        const vector = vectors[k]!;
        this.cache.set(text, vector);
        for (const i of missing.get(text)!) result[i] = vector.slice();
      });
    }
    return result as Float32Array[];
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.session.release();
  }

  private tokenize(text: string): number[] {
    const ids = this.tokenizer.encode(text).ids;
    const max = this.settings.maxTokens;
    if (ids.length <= max) return ids;
    const keep = Math.min(this.suffixTokens, max - 1);
    return [...ids.slice(0, max - keep), ...ids.slice(ids.length - keep)];
  }

  /** Vectors for texts not in the cache: shortest first, so a batch pads little. */
  private async compute(texts: readonly string[]): Promise<Float32Array[]> {
    const encoded = texts.map((text, index) => ({ index, ids: this.tokenize(text) }));
    encoded.sort((a, b) => a.ids.length - b.ids.length || a.index - b.index);
    const out: Float32Array[] = new Array(texts.length);
    for (let start = 0; start < encoded.length; start += this.settings.batchSize) {
      const batch = encoded.slice(start, start + this.settings.batchSize);
      const run = this.queue.then(() => this.runBatch(batch.map((e) => e.ids)));
      this.queue = run.catch(() => {});
      const vectors = await run;
      batch.forEach((e, k) => (out[e.index] = vectors[k]!));
    }
    return out;
  }

  private async runBatch(batch: number[][]): Promise<Float32Array[]> {
    const rows = batch.length;
    const length = Math.max(1, ...batch.map((ids) => ids.length));
    const inputIds = new BigInt64Array(rows * length).fill(BigInt(this.settings.padId));
    const mask = new BigInt64Array(rows * length);
    batch.forEach((ids, r) =>
      ids.forEach((id, t) => {
        inputIds[r * length + t] = BigInt(id);
        mask[r * length + t] = 1n;
      }),
    );
    const dims = [rows, length];
    const available: Record<string, Ort.Tensor> = {
      input_ids: new this.ort.Tensor('int64', inputIds, dims),
      attention_mask: new this.ort.Tensor('int64', mask, dims),
      token_type_ids: new this.ort.Tensor('int64', new BigInt64Array(rows * length), dims),
    };
    const feeds = Object.fromEntries(this.session.inputNames.map((n) => [n, available[n]!]));
    const result = await this.session.run(feeds, [this.output]);
    const tensor = result[this.output]!;
    if (tensor.type !== 'float32') throw new Error(`output ${this.output} is ${tensor.type}, not float32`);
    const data = tensor.data as Float32Array;
    if (tensor.dims.length === 2 && tensor.dims[0] === rows) {
      // Already one vector per text (an export with pooling built in).
      const size = tensor.dims[1]!;
      return batch.map((_, r) => normalise(data.slice(r * size, (r + 1) * size)));
    }
    if (tensor.dims.length !== 3 || tensor.dims[0] !== rows || tensor.dims[1] !== length) {
      throw new Error(
        `output ${this.output} has shape [${tensor.dims.join(', ')}], not [batch, tokens, size]`,
      );
    }
    const size = tensor.dims[2]!;
    return batch.map((ids, r) => {
      // Mean over the text's own tokens: padding positions (mask 0) never count.
      const sum = new Float32Array(size);
      for (let t = 0; t < ids.length; t++) {
        const base = (r * length + t) * size;
        for (let d = 0; d < size; d++) sum[d]! += data[base + d]!;
      }
      for (let d = 0; d < size; d++) sum[d]! /= Math.max(1, ids.length);
      return normalise(sum);
    });
  }
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

function indexOfRun(haystack: readonly number[], needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

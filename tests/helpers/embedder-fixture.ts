/**
 * A tiny sentence-embedding model folder, generated on the fly so no binary is committed: a BERT-style
 * `tokenizer.json` (WordPiece, lower-casing, `[CLS] … [SEP]`) over ~30 words, and a `model.onnx` whose
 * `last_hidden_state` is a Gather from a small embedding table — the shape a sentence-transformers model
 * exported to ONNX has, so the real {@link loadOnnxEmbedder} path runs against it.
 *
 * The ONNX protobuf is written by hand (a dozen fields of onnx.proto) rather than through a protobuf
 * library: the format is stable and this keeps the fixture free of dependencies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_WORDS = [
  'trygg',
  'skola',
  'för',
  'alla',
  'barn',
  'elever',
  'lärare',
  'samverkan',
  'mellan',
  'förvaltningar',
  'budget',
  'ekonomi',
  'kostnader',
  'pengar',
  'ledning',
  'tydlig',
  'mål',
  'uppföljning',
  'fritid',
  'idrott',
  'kultur',
  'föreningar',
  'trafik',
  'buss',
  'cykel',
  'väg',
  'och',
  'en',
  'det',
  'är',
];

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'] as const;

/** Token id of each vocabulary entry: specials first, then the words. */
export const FIXTURE_VOCAB: Record<string, number> = Object.fromEntries(
  [...SPECIAL, ...FIXTURE_WORDS].map((token, id) => [token, id]),
);

export const FIXTURE_DIMENSIONS = 16;

/** A Hugging Face `tokenizer.json`, as `tokenizers` saves it for a BERT-style WordPiece model. */
export function fixtureTokenizerJson(maxLength = 32): unknown {
  const special = (id: number, content: string) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: maxLength, strategy: 'LongestFirst', stride: 0 },
    padding: null,
    added_tokens: SPECIAL.map((t, i) => special(i, t)),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: false,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: FIXTURE_VOCAB,
    },
  };
}

/**
 * The embedding table: a seeded pseudo-random row per token. The `[PAD]` row is large on purpose, so
 * pooling that forgets the attention mask visibly moves a padded text's vector.
 */
export function fixtureEmbeddingTable(): Float32Array {
  const rows = Object.keys(FIXTURE_VOCAB).length;
  const table = new Float32Array(rows * FIXTURE_DIMENSIONS);
  let state = 0x2545f491;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) / 0xffffffff) * 2 - 1;
  };
  for (let i = 0; i < table.length; i++) table[i] = next();
  for (let d = 0; d < FIXTURE_DIMENSIONS; d++) table[d] = 10 + d; // [PAD]
  return table;
}

// --- a minimal protobuf writer (wire types 0 = varint, 2 = length-delimited) ---

type Field = Uint8Array;

function varint(value: number | bigint): number[] {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    out.push(byte);
  } while (v !== 0n);
  return out;
}

const int = (field: number, value: number | bigint): Field =>
  Uint8Array.from([...varint((field << 3) | 0), ...varint(value)]);

function bytes(field: number, data: Uint8Array): Field {
  return Uint8Array.from([...varint((field << 3) | 2), ...varint(data.length), ...data]);
}

const str = (field: number, s: string): Field => bytes(field, new TextEncoder().encode(s));
const msg = (field: number, ...parts: Field[]): Field => bytes(field, concat(parts));

function concat(parts: Field[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// onnx.proto field numbers and enums used below.
const ELEM_FLOAT = 1;
const ELEM_INT64 = 7;
const ATTR_INT = 2;

/** ValueInfoProto for a tensor whose dims are symbolic names or fixed sizes. */
function valueInfo(field: number, name: string, elemType: number, dims: (string | number)[]): Field {
  const dimProtos = dims.map((d) => msg(1, typeof d === 'number' ? int(1, d) : str(2, d)));
  const tensorType = msg(1, int(1, elemType), msg(2, ...dimProtos));
  return msg(field, str(1, name), msg(2, tensorType));
}

/**
 * `model.onnx`: inputs `input_ids`, `attention_mask`, `token_type_ids` ([batch, seq] int64, as BERT
 * exports have them; only the ids are read), output `last_hidden_state` = Gather(table, input_ids).
 */
export function fixtureModelOnnx(table = fixtureEmbeddingTable()): Uint8Array {
  const rows = table.length / FIXTURE_DIMENSIONS;
  const initializer = msg(
    5,
    int(1, rows),
    int(1, FIXTURE_DIMENSIONS),
    int(2, ELEM_FLOAT),
    str(8, 'embeddings'),
    bytes(9, new Uint8Array(table.buffer, table.byteOffset, table.byteLength)),
  );
  const gather = msg(
    1,
    str(1, 'embeddings'),
    str(1, 'input_ids'),
    str(2, 'last_hidden_state'),
    str(3, 'gather'),
    str(4, 'Gather'),
    msg(5, str(1, 'axis'), int(3, 0), int(20, ATTR_INT)),
  );
  const graph = msg(
    7,
    gather,
    str(2, 'tiny-sentence-embedder'),
    initializer,
    valueInfo(11, 'input_ids', ELEM_INT64, ['batch', 'sequence']),
    valueInfo(11, 'attention_mask', ELEM_INT64, ['batch', 'sequence']),
    valueInfo(11, 'token_type_ids', ELEM_INT64, ['batch', 'sequence']),
    valueInfo(12, 'last_hidden_state', ELEM_FLOAT, ['batch', 'sequence', FIXTURE_DIMENSIONS]),
  );
  return concat([int(1, 8), str(2, 'dialogdag-tests'), graph, msg(8, str(1, ''), int(2, 13))]);
}

/** Writes `model.onnx` and `tokenizer.json` into a new temporary folder and returns its path. */
export function writeEmbedderFixture(name = 'tiny-embedder'): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dialogdag-embedder-')), name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'model.onnx'), fixtureModelOnnx());
  fs.writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(fixtureTokenizerJson()));
  return dir;
}

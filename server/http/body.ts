/** Reads and validates a JSON request body: size-capped, `application/json` only, schema-checked. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError } from './errors.js';

export const MAX_JSON_BODY_BYTES = 64 * 1024;

async function readRaw(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError('payload_too_large', `Request body over ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError('payload_too_large', `Request body over ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJson<T extends z.ZodType>(
  req: IncomingMessage,
  schema: T,
  limitBytes = MAX_JSON_BODY_BYTES,
): Promise<z.infer<T>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError('unsupported_media_type', 'Send the body as application/json.');
  }
  const raw = await readRaw(req, limitBytes);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new HttpError('bad_request', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    throw new HttpError('bad_request', `${where}${first?.message ?? 'invalid body'}`);
  }
  return parsed.data;
}

/**
 * Configuration from environment variables, validated once at start. Every variable is documented
 * in the README with its default.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync/limits.js';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_ORIGIN: z
    .string()
    .url()
    .transform((s) => s.replace(/\/$/, ''))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  STATIC_DIR: z.string().default('dist/client'),
  COMPACT_EVERY_UPDATES: z.coerce.number().int().min(1).default(DEFAULT_SYNC_LIMITS.compactEveryUpdates),
  PING_INTERVAL_MS: z.coerce.number().int().min(100).default(DEFAULT_SYNC_LIMITS.pingIntervalMs),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  EMBEDDER_MODEL_DIR: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Explicit public origin (scheme://host[:port]) or null to derive links from each request. */
  publicOrigin: string | null;
  logLevel: string;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  staticDir: string;
  shutdownTimeoutMs: number;
  limits: SyncLimits;
  /** Folder of an optional local sentence-embedding model (`model.onnx` + `tokenizer.json`), or null. */
  embedderModelDir: string | null;
}

/** Parses the environment; throws a readable error naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    publicOrigin: e.PUBLIC_ORIGIN ?? null,
    logLevel: e.LOG_LEVEL,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    staticDir: path.resolve(e.STATIC_DIR),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    limits: {
      ...DEFAULT_SYNC_LIMITS,
      compactEveryUpdates: e.COMPACT_EVERY_UPDATES,
      pingIntervalMs: e.PING_INTERVAL_MS,
    },
    embedderModelDir: e.EMBEDDER_MODEL_DIR?.trim() ? path.resolve(e.EMBEDDER_MODEL_DIR.trim()) : null,
  };
}

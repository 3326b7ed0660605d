/**
 * The server's optional sentence-embedding model: configured by `EMBEDDER_MODEL_DIR`, checked at start
 * (one log line saying whether a usable folder is there), loaded on first use, and reported as "not
 * available" — never a crash — when the folder is missing or broken. Suggestions then use words alone.
 */
import type { Logger } from '../log.js';
import {
  EmbedderLoadError,
  loadOnnxEmbedder,
  locateModelFiles,
  type OnnxEmbedder,
  type OnnxEmbedderOptions,
} from './onnx-embedder.js';

export type EmbedderStatus =
  { available: true; model: string; dimensions: number } | { available: false; reason: string };

export interface EmbedderService {
  /** Loads the model on first call; later calls answer from what that load found. */
  status(): Promise<EmbedderStatus>;
  /** The loaded model, or null when none is configured or it cannot be used. */
  get(): Promise<OnnxEmbedder | null>;
  close(): Promise<void>;
}

const NOT_CONFIGURED = 'no model folder is configured (EMBEDDER_MODEL_DIR)';

export function createEmbedderService(
  modelDir: string | null,
  log: Logger,
  options: OnnxEmbedderOptions = {},
): EmbedderService {
  let startupProblem: string | null = null;
  if (modelDir === null) {
    log.info('no sentence-embedding model configured (EMBEDDER_MODEL_DIR); suggestions use words only');
  } else {
    try {
      locateModelFiles(modelDir);
      log.info({ modelDir }, 'sentence-embedding model folder found; it loads on first use');
    } catch (error) {
      startupProblem = (error as Error).message;
      log.warn(
        { modelDir, reason: startupProblem },
        `sentence-embedding model not available: ${startupProblem}; suggestions use words only`,
      );
    }
  }

  let loading: Promise<OnnxEmbedder | { failed: string }> | null = null;
  let closed = false;

  const load = () => {
    loading ??= (async () => {
      if (modelDir === null) return { failed: NOT_CONFIGURED };
      if (startupProblem !== null) return { failed: startupProblem };
      const startedAt = performance.now();
      try {
        const embedder = await loadOnnxEmbedder(modelDir, options);
        log.info(
          {
            model: embedder.id,
            dimensions: embedder.dimensions,
            loadMs: Math.round(performance.now() - startedAt),
          },
          'sentence-embedding model loaded',
        );
        return embedder;
      } catch (error) {
        const reason = error instanceof EmbedderLoadError ? error.message : String(error);
        log.error(
          { modelDir, reason },
          `sentence-embedding model could not be loaded: ${reason}; suggestions use words only`,
        );
        return { failed: reason };
      }
    })();
    return loading;
  };

  return {
    async status() {
      const loaded = await load();
      if ('failed' in loaded) return { available: false, reason: loaded.failed };
      return { available: true, model: loaded.id, dimensions: loaded.dimensions };
    },
    async get() {
      if (closed) return null;
      const loaded = await load();
      return 'failed' in loaded ? null : loaded;
    },
    async close() {
      closed = true;
      if (!loading) return;
      const loaded = await loading;
      if (!('failed' in loaded)) await loaded.close();
    },
  };
}

/**
 * Expected rejections of the HTTP API: thrown by handlers, rendered by the router as
 * `{ "error": { "code", "message" } }` with the matching status.
 */
import type { ApiErrorCode } from '../../shared/api.js';

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  storage_unavailable: 503,
  embedder_unavailable: 503,
};

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = STATUS[code];
  }
}

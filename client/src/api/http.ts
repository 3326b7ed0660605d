/**
 * The HTTP API client: same origin, JSON in and out, bearer tokens. Expected failures (unknown code,
 * rate limit, refused token, network down) come back as a typed result the UI renders in words;
 * nothing here throws for them (DESIGN §3.8).
 */
import type { ApiErrorCode } from '../../../shared/api.js';

export interface ApiFailure {
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  code: ApiErrorCode | 'network';
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

interface RequestOptions {
  body?: unknown;
  token?: string | null;
  signal?: AbortSignal;
}

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { body, token, signal }: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, error: { status: 0, code: 'network', message: String(error) } };
  }
  if (response.status === 204) return { ok: true, value: undefined as T };
  const payload: unknown = await response.json().catch((error: unknown) => {
    // Aborted while the body was read: the caller no longer wants it (and must not get `null` as a value).
    if (signal?.aborted) throw error;
    return null;
  });
  if (response.ok) return { ok: true, value: payload as T };
  return { ok: false, error: failureFrom(response.status, payload) };
}

function failureFrom(status: number, payload: unknown): ApiFailure {
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string') {
    return { status, code: error.code as ApiErrorCode, message: String(error.message ?? '') };
  }
  return { status, code: status === 429 ? 'rate_limited' : 'internal', message: `HTTP ${status}` };
}

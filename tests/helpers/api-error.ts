/** The one error shape of the HTTP API: `{ error: { code, message } }` and nothing else. */
import { expect } from 'vitest';
import type { ApiError, ApiErrorCode } from '../../shared/api.js';

export function expectApiError(body: unknown, code: ApiErrorCode): void {
  expect(body).toBeTypeOf('object');
  expect(Object.keys(body as object)).toEqual(['error']);
  const e = (body as ApiError).error;
  expect(Object.keys(e).sort()).toEqual(['code', 'message']);
  expect(e.code).toBe(code);
  expect(typeof e.message).toBe('string');
  expect(e.message.length).toBeGreaterThan(0);
}

/**
 * An aborted API request must never resolve as a success without a value: useSession aborts its
 * previous request when it reloads, and an abort that landed while the body was being read used to
 * come back as `{ ok: true, value: null }` — a "session" of null that crashed the console.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from '../../client/src/api/http.js';

function responseWhoseBody(read: () => Promise<unknown>): Response {
  return { ok: true, status: 200, json: read } as unknown as Response;
}

describe('API client and aborts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('rejects when the request is aborted while its body is read', async () => {
    const controller = new AbortController();
    vi.stubGlobal('fetch', async () =>
      responseWhoseBody(() => {
        controller.abort();
        return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
      }),
    );
    await expect(apiRequest('GET', '/api/session', { signal: controller.signal })).rejects.toThrow(/abort/i);
  });

  it('still reads an unreadable body of a live request as an empty value', async () => {
    vi.stubGlobal('fetch', async () => responseWhoseBody(() => Promise.reject(new SyntaxError('bad json'))));
    await expect(apiRequest('GET', '/api/session')).resolves.toEqual({ ok: true, value: null });
  });
});

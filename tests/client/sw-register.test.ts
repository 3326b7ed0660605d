/** The page hands the service worker the build files it loaded before the worker controlled it. */
import { describe, expect, it } from 'vitest';
import { loadedAssetUrls } from '../../client/src/sw/register.js';

describe('service worker registration', () => {
  it('hands over only same-origin build files, once each, never API calls or other origins', () => {
    const origin = 'https://dialog.example.se';
    const entries = [
      `${origin}/assets/index-abc.js`,
      `${origin}/assets/TablePage-def.js`,
      `${origin}/assets/index-abc.js`,
      `${origin}/api/session`,
      `${origin}/favicon.svg`,
      'https://cdn.example.com/assets/evil.js',
      'not a url',
    ].map((name) => ({ name }));
    expect(loadedAssetUrls(entries, origin)).toEqual(['/assets/index-abc.js', '/assets/TablePage-def.js']);
  });
});

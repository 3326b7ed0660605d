/*
 * Dialogdag's service worker: keeps the app shell on the device, so a tablet that reloads with no
 * network still opens its table (the notes themselves come from IndexedDB, see client/src/sync).
 *
 * - Hashed build files (/assets/*) never change under one name: cache first.
 * - Page loads (navigations) go to the network first, with a time limit; offline, or when the
 *   network hangs (conference wifi), the cached index.html answers — every route is the same SPA.
 * - /api, /sync, /healthz and /metrics are never touched: API answers carry tokens and live data,
 *   and nothing with a table's content may end up in Cache Storage ("Lämna bordet" must leave
 *   nothing behind).
 *
 * Served from dist/client/sw.js with `Cache-Control: no-cache` (server/http/static.ts), so a new
 * version is picked up on the next visit. Bump VERSION when this file's caching rules change: the
 * old caches are deleted on activation.
 */
/* global self, caches */

const VERSION = 'v1';
const PREFIX = 'dialogdag-';
const SHELL_CACHE = `${PREFIX}shell-${VERSION}`;
const ASSET_CACHE = `${PREFIX}assets-${VERSION}`;
/** The cached page every navigation falls back to. */
const SHELL_KEY = '/index.html';
/** How long a navigation waits for the network before the cached shell answers. */
const NAVIGATION_TIMEOUT_MS = 4000;
/** Old builds' files are dropped (oldest first) beyond this many cached assets. */
const MAX_ASSETS = 120;
const NEVER_CACHED = ['/api/', '/sync/', '/healthz', '/metrics'];

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(PREFIX) && name !== SHELL_CACHE && name !== ASSET_CACHE)
          .map((name) => caches.delete(name)),
      );
      // Control the page that registered us right away, so the chunks it loads next are cached.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (NEVER_CACHED.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(event));
  } else if (url.pathname.startsWith('/assets/') && !url.pathname.endsWith('.map')) {
    event.respondWith(assetCacheFirst(request));
  } else if (url.pathname === '/favicon.svg') {
    event.respondWith(networkThenCache(request));
  }
});

// The page lists the build files it loaded before this worker controlled it (see
// client/src/sw/register.ts); they are cached so the first reload offline already works.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls
    .filter((raw) => typeof raw === 'string')
    .map((raw) => new URL(raw, self.location.origin))
    .filter((url) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'))
    .filter((url) => !url.pathname.endsWith('.map'))
    .map((url) => url.pathname);
  event.waitUntil(cacheAssets(urls));
});

async function precacheShell() {
  try {
    const response = await fetch(SHELL_KEY, { cache: 'no-cache' });
    if (!isShell(response)) return;
    const html = await response.clone().text();
    await (await caches.open(SHELL_CACHE)).put(SHELL_KEY, response);
    // The entry script and stylesheet the shell names; lazily loaded chunks come from the page.
    const referenced = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await cacheAssets(referenced);
  } catch {
    // Offline while installing: the next visit with network installs again.
  }
}

async function cacheAssets(paths) {
  const cache = await caches.open(ASSET_CACHE);
  await Promise.all(
    paths.map(async (path) => {
      if (await cache.match(path)) return;
      try {
        const response = await fetch(path);
        if (response.ok) await cache.put(path, response);
      } catch {
        // Not reachable now; cached the next time the page loads it.
      }
    }),
  );
  await trimAssets(cache);
}

async function trimAssets(cache) {
  const keys = await cache.keys();
  const excess = keys.length - MAX_ASSETS;
  for (let i = 0; i < excess; i++) await cache.delete(keys[i]);
}

function isShell(response) {
  return (
    response.ok &&
    response.type === 'basic' &&
    (response.headers.get('content-type') ?? '').startsWith('text/html')
  );
}

async function navigation(event) {
  const network = fetch(event.request).then(async (response) => {
    if (isShell(response)) await (await caches.open(SHELL_CACHE)).put(SHELL_KEY, response.clone());
    return response;
  });
  // The network keeps going after a timeout, so the cached shell is fresh for the next visit.
  event.waitUntil(network.catch(() => undefined));
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS);
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (first) return first;
  } catch {
    // Offline: fall through to the cached shell.
  } finally {
    clearTimeout(timer);
  }
  const cached = await caches.match(SHELL_KEY, { cacheName: SHELL_CACHE });
  if (cached) return cached;
  // Nothing cached (first visit without network): whatever the network finally says.
  return network.catch(() => Response.error());
}

async function assetCacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
    await trimAssets(cache);
  }
  return response;
}

async function networkThenCache(request) {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

/**
 * Registers the service worker (client/public/sw.js) that keeps the app shell on the device, so a
 * tablet reloading without network still opens its table. Builds only: under Vite's dev server a
 * cached shell would hide hot reload.
 *
 * A worker controls a page only after it activated, so the build files this page loaded before
 * that never passed through it. Once it is ready, the page hands it the list (from Resource
 * Timing), and the first reload offline already finds everything — the lazily loaded table view
 * included.
 */
const ASSET_PATH = '/assets/';

/** Same-origin build files this page has loaded so far. */
export function loadedAssetUrls(
  entries: readonly { name: string }[] = performance.getEntriesByType('resource'),
  origin: string = location.origin,
): string[] {
  const urls = new Set<string>();
  for (const entry of entries) {
    try {
      const url = new URL(entry.name);
      if (url.origin === origin && url.pathname.startsWith(ASSET_PATH)) urls.add(url.pathname);
    } catch {
      // Not a URL (should not happen for resource entries): nothing to cache.
    }
  }
  return [...urls];
}

/**
 * Hands the worker every build file this page loads: the ones loaded so far at once, and each later
 * one as it arrives. A request that was already in flight when the worker took control went past
 * it, and its timing entry appears only when it completes — so watching entries, not a single
 * hand-over at "ready" or "controllerchange", is what leaves no gap (found by the offline test in
 * CI: the join page's chunks were missing from the cache now and then). The worker skips files it
 * already holds.
 */
function handOverAssetsAsTheyLoad(): void {
  void navigator.serviceWorker.ready.then((registration) => {
    const post = (urls: string[]) => {
      if (urls.length > 0) registration.active?.postMessage({ type: 'cache-assets', urls });
    };
    // Read the buffer and start observing in one turn: no entry can fall between the two.
    post(loadedAssetUrls());
    if (typeof PerformanceObserver === 'undefined') return;
    new PerformanceObserver((list) => post(loadedAssetUrls(list.getEntries()))).observe({
      type: 'resource',
    });
  });
}

export function registerServiceWorker(): void {
  // MODE, not PROD: PROD follows NODE_ENV, which a build started from a test runner inherits as
  // "test"; MODE is "development" only under Vite's dev server.
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').then(handOverAssetsAsTheyLoad, () => {
      // Not supported here (private mode, an http:// origin other than localhost): the app works,
      // only a reload without network will not.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

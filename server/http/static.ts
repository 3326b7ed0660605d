/**
 * Serves the built client (dist/client). Unknown paths get index.html so client-side routes work on
 * reload; hashed assets are cached for a year, everything else revalidates. A strict CSP keeps the
 * pages from talking to any other origin (no third-party requests: GDPR).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; " +
    "script-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

const NOT_BUILT = `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Dialogdag</title>
<p>Klienten är inte byggd ännu. Kör <code>npm start</code> (bygger vid behov) eller <code>npm run build</code>.</p>
<p lang="en">The client is not built yet. Run <code>npm start</code> (builds when needed) or <code>npm run build</code>.</p></html>`;

export function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    res.end();
    return;
  }
  const urlPath = decodeURIComponentSafe((req.url ?? '/').split('?')[0]!);
  const root = path.resolve(staticDir);
  let file = urlPath === null ? null : path.resolve(root, '.' + path.posix.normalize(urlPath));
  if (file && !file.startsWith(root + path.sep)) file = null;
  if (!file || !isFile(file)) {
    // Client-side route (or a missing asset, which must 404 rather than return HTML).
    if (urlPath?.startsWith('/assets/')) return notFound(res);
    file = path.join(root, 'index.html');
    if (!isFile(file)) {
      res.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
      res.end(NOT_BUILT);
      return;
    }
  }
  const ext = path.extname(file);
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

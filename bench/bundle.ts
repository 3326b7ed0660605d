/**
 * Bundle size: builds the client with Vite into a temporary directory with a manifest (a CLI flag,
 * so vite.config.ts stays as the app needs it), then adds up the gzip size of the JavaScript each
 * route loads: the entry chunk, the route's lazy chunk, and every chunk they import statically.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './lib/paths.js';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Route → the source file its React.lazy() imports (client/src/routes.tsx). */
export const ROUTES: Record<string, string> = {
  table: 'src/features/table/TablePage.tsx',
  facilitator: 'src/features/facilitator/FacilitatorPage.tsx',
  board: 'src/features/board/BoardPage.tsx',
  projector: 'src/features/projector/ProjectorPage.tsx',
  join: 'src/features/join/JoinPage.tsx',
};

export interface RouteSize {
  route: string;
  files: number;
  rawKB: number;
  gzipKB: number;
}

export interface BundleResult {
  available: boolean;
  routes: RouteSize[];
  note?: string;
}

/** Every chunk `key` loads before it runs (itself and its static imports, transitively). */
function closure(manifest: Manifest, key: string, into: Set<string>): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const dep of manifest[key]!.imports ?? []) closure(manifest, dep, into);
  return into;
}

/** The first line of Vite's stderr that says what went wrong, without colour codes. */
function firstError(error: unknown): string {
  const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message);
  // eslint-disable-next-line no-control-regex
  const lines = stderr.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const useful = (l: string) => /could not|cannot|\[[A-Z_]+\]/i.test(l);
  return (lines.find(useful) ?? lines[0] ?? '').trim();
}

/** `root` is the repository to build (a clean export works too, with node_modules linked in). */
export function measureBundle(root = ROOT): BundleResult {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bundle-'));
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--manifest',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const manifest = JSON.parse(
      fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
    ) as Manifest;
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
    if (!entry) return { available: false, routes: [], note: 'no entry in the manifest' };
    const routes: RouteSize[] = [];
    for (const [route, source] of Object.entries(ROUTES)) {
      if (!manifest[source]) continue;
      const keys = closure(manifest, source, closure(manifest, entry, new Set()));
      let raw = 0;
      let gz = 0;
      for (const key of keys) {
        const bytes = fs.readFileSync(path.join(outDir, manifest[key]!.file));
        raw += bytes.length;
        gz += zlib.gzipSync(bytes).length;
      }
      routes.push({
        route,
        files: keys.size,
        rawKB: Math.round(raw / 102.4) / 10,
        gzipKB: Math.round(gz / 102.4) / 10,
      });
    }
    return { available: true, routes };
  } catch (error) {
    return { available: false, routes: [], note: `vite build failed: ${firstError(error)}` };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Measures a committed revision instead of the work tree (`--bundle-ref HEAD`): useful while
 * someone's uncommitted client work does not build. Exports it with `git archive` next to a link to
 * this checkout's node_modules.
 */
export function measureBundleAt(ref: string): BundleResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ref-'));
  try {
    execFileSync('bash', ['-c', `git archive "$1" | tar -x -C "$2"`, 'bash', ref, dir], { cwd: ROOT });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const result = measureBundle(dir);
    return { ...result, note: [result.note, `built from ${ref}`].filter(Boolean).join('; ') };
  } catch (error) {
    return { available: false, routes: [], note: `could not export ${ref}: ${(error as Error).message}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles the servers under test to plain JavaScript before a run, so every target runs the way it
 * would in production — `node file.js`, no tsx loader thread or on-the-fly compile inflating memory
 * and start-up time. Our server is compiled like `npm run build:server`; the bench's own servers (bare
 * relay, Hocuspocus) likewise. A failed compile falls back to tsx and the notes say so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.js';

const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
/** Inside the repo (gitignored .tmp/) so the compiled files resolve node_modules as the sources do. */
const SERVER_OUT = path.join(ROOT, '.tmp/bench-build/app');
const BENCH_SERVERS_OUT = path.join(ROOT, '.tmp/bench-build/servers');

export type Program = 'dialogdag' | 'bare-relay' | 'hocuspocus';

const SOURCES: Record<Program, string> = {
  dialogdag: 'server/main.ts',
  'bare-relay': 'bench/servers/bare-relay.ts',
  hocuspocus: 'bench/servers/hocuspocus.ts',
};

const built = new Map<Program, string>();
const failures = new Map<Program, string>();

function tsc(args: string[]): string | null {
  try {
    execFileSync(process.execPath, [TSC, ...args], { cwd: ROOT, stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error).split('\n')[0]!;
  }
}

export function prepareBuilds(): void {
  const serverError = tsc(['-p', 'tsconfig.server.json', '--outDir', SERVER_OUT]);
  if (serverError) failures.set('dialogdag', serverError);
  else built.set('dialogdag', path.join(SERVER_OUT, 'server/main.js'));

  const benchError = tsc([
    ...['--outDir', BENCH_SERVERS_OUT, '--rootDir', 'bench/servers'],
    ...['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'],
    ...['--strict', '--skipLibCheck', '--types', 'node'],
    SOURCES['bare-relay'],
    SOURCES.hocuspocus,
  ]);
  for (const program of ['bare-relay', 'hocuspocus'] as const) {
    const file = path.join(BENCH_SERVERS_OUT, `${program}.js`);
    if (!benchError && fs.existsSync(file)) built.set(program, file);
    else failures.set(program, benchError ?? 'no output');
  }
}

/** `node` arguments that run a program: compiled when `prepareBuilds` succeeded, else via tsx. */
export function programArgs(program: Program): string[] {
  const file = built.get(program);
  return file ? [file] : ['--import', 'tsx', path.join(ROOT, SOURCES[program])];
}

/** How the program runs, for the notes. */
export function programNote(program: Program): string {
  if (built.has(program)) return 'compiled JS';
  const failure = failures.get(program);
  return failure ? `FROM SOURCE VIA TSX (compile failed: ${failure})` : 'from source via tsx';
}

#!/usr/bin/env node
// `npm start`: builds the client and the server when their sources changed since the last build,
// then runs the server, which serves the app and the sync socket on one port.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const SOURCES = [
  'client',
  'server',
  'shared',
  'vite.config.ts',
  'tsconfig.base.json',
  'tsconfig.server.json',
  'package-lock.json',
];

/** A fingerprint of every source file's path, size and mtime: cheap, and changes with any edit. */
function fingerprint() {
  const hash = createHash('sha256');
  const visit = (p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(`${path.relative(root, p)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach((s) => visit(path.join(root, s)));
  return hash.digest('hex');
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  // Always a production build, whatever NODE_ENV the caller has (a test runner sets "test", which
  // would give React's development build to real users of this dist/).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const current = fingerprint();
const built = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
const entry = path.join(root, 'dist', 'server', 'server', 'main.js');
if (current !== built || !fs.existsSync(entry)) {
  console.log('Dialogdag: building (sources changed since the last build)…');
  run(process.execPath, [
    path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--logLevel',
    'warn',
  ]);
  run(process.execPath, [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.server.json',
  ]);
  fs.writeFileSync(stampFile, current);
}

const child = spawn(process.execPath, [entry], { cwd: root, stdio: 'inherit' });
// Pass signals through so SIGTERM reaches the server's graceful shutdown.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

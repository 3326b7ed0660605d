/**
 * Runs one server under test as a child process, pinned to the server core, and waits until it
 * answers HTTP. `kill('SIGKILL')` is the crash of the restart scenario; SIGTERM lets a server write
 * its CPU profile (`--cpu-prof`) on the way out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pinned, SERVER_CORE } from './pin.js';
import { freePort } from '../../scripts/lib/free-port.js';

export { freePort };

export interface ServerProc {
  pid: number;
  port: number;
  url: string;
  wsUrl: string;
  child: ChildProcess;
  /** The last 64 KiB of the process's stdout and stderr. */
  output(): string;
  alive(): boolean;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface SpawnOptions {
  /** Arguments to `node` (script first, or `--import tsx script`). */
  nodeArgs: string[];
  env: Record<string, string>;
  port: number;
  /** Path answered with 200 once the server is ready. */
  healthPath: string;
  pin: boolean;
  /** Directory for a V8 CPU profile of this process (written when it exits normally). */
  cpuProfDir?: string | undefined;
  cwd: string;
}

const OUTPUT_CAP_CHARS = 64 * 1024;
const READY_TIMEOUT_MS = 30_000;

export async function spawnServer(opts: SpawnOptions): Promise<ServerProc> {
  const profArgs = opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : [];
  const [cmd, args] = pinned(opts.pin ? SERVER_CORE : null, process.execPath, [
    ...profArgs,
    ...opts.nodeArgs,
  ]);
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env, BENCH_PINNED: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer) => {
    out += d.toString();
    if (out.length > OUTPUT_CAP_CHARS) out = out.slice(-OUTPUT_CAP_CHARS);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Never leave a server behind when the bench itself ends early (error, Ctrl-C).
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  void exited.then(() => process.off('exit', reap));
  const url = `http://127.0.0.1:${opts.port}`;
  const proc: ServerProc = {
    // taskset execs the command, so the pid is the server's own.
    pid: child.pid!,
    port: opts.port,
    url,
    wsUrl: `ws://127.0.0.1:${opts.port}`,
    child,
    output: () => out,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (!proc.alive()) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  await waitReady(proc, opts.healthPath);
  return proc;
}

async function waitReady(proc: ServerProc, healthPath: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!proc.alive()) throw new Error(`server exited during start:\n${proc.output()}`);
    try {
      const res = await fetch(proc.url + healthPath);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await proc.kill('SIGKILL');
  throw new Error(`server not ready after ${READY_TIMEOUT_MS} ms:\n${proc.output()}`);
}

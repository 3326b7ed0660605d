/**
 * CPU pinning: the server under test gets core 1, the load generator core 0, so neither steals the
 * other's cycles and the server's CPU % is comparable between targets. Without `taskset` (or on a
 * one-core machine) nothing is pinned and the output says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';

export const LOAD_CORE = 0;
export const SERVER_CORE = 1;

let available: boolean | null = null;

export function canPin(): boolean {
  if (available === null) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      // All CPUs, not availableParallelism(): once this process is pinned to core 0 that says 1.
      available = os.cpus().length >= 2;
    } catch {
      available = false;
    }
  }
  return available;
}

/** The command line that runs `command args` on one core (or unpinned when that is impossible). */
export function pinned(core: number | null, command: string, args: string[]): [string, string[]] {
  if (core === null || !canPin()) return [command, args];
  return ['taskset', ['-c', String(core), command, ...args]];
}

/**
 * Re-runs this script on the load core with the open-file limit raised to the hard limit (5,000
 * sockets on each side need more than the usual 1,024). Returns the child's exit code, or null when
 * this process already is the pinned one.
 */
export function rerunPinned(script: string, args: string[]): number | null {
  if (process.env.BENCH_PINNED === '1') return null;
  const inner = canPin()
    ? `exec taskset -c ${LOAD_CORE} "$0" "$@"`
    : // Still raise the limit; run unpinned.
      `exec "$0" "$@"`;
  const result = spawnSync(
    'bash',
    [
      '-c',
      `ulimit -n "$(ulimit -Hn)" 2>/dev/null; ${inner}`,
      process.execPath,
      '--import',
      'tsx',
      script,
      ...args,
    ],
    { stdio: 'inherit', env: { ...process.env, BENCH_PINNED: '1' } },
  );
  return result.status ?? 1;
}

/** The soft open-file limit of this process (what the ramp can reach). */
export function openFileLimit(): number | null {
  try {
    return Number(execFileSync('bash', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim()) || null;
  } catch {
    return null;
  }
}

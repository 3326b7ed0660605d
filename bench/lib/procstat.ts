/**
 * CPU time and memory of another process, read from /proc — the load generator measures the server
 * from outside, so the measurement costs the server nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let clockTicks: number | null = null;

/** Kernel clock ticks per second (USER_HZ), the unit of utime/stime. */
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User and kernel CPU time of all the process's threads, in seconds; null when it is gone. */
export function cpuTimes(pid: number): { user: number; system: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of the whole line, are the 12th and 13th after the name.
    return { user: Number(fields[11]) / ticksPerSecond(), system: Number(fields[12]) / ticksPerSecond() };
  } catch {
    return null;
  }
}

/** utime + stime in seconds; null when the process is gone. */
export function cpuSeconds(pid: number): number | null {
  const t = cpuTimes(pid);
  return t && t.user + t.system;
}

/** Resident set size in bytes; null when the process is gone. */
export function rssBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Nanoseconds the process's main thread spent runnable but waiting for a CPU (/proc/<pid>/schedstat,
 * second field): how much other work on the machine delayed it. Null where schedstat is missing.
 */
export function runqueueWaitNs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** CPU use of a process over a window, as percent of one core. */
export class CpuMeter {
  private startCpu = 0;
  private startWall = 0;
  private startWait: number | null = null;
  private startSystem = 0;

  constructor(private readonly pid: number) {}

  start(): void {
    this.startCpu = cpuSeconds(this.pid) ?? 0;
    this.startSystem = cpuTimes(this.pid)?.system ?? 0;
    this.startWait = runqueueWaitNs(this.pid);
    this.startWall = performance.now();
  }

  /** Share of the window's CPU time spent in the kernel (socket I/O, fsync), in percent. */
  systemShare(): number | null {
    const now = cpuTimes(this.pid);
    if (!now) return null;
    const total = now.user + now.system - this.startCpu;
    return total > 0 ? ((now.system - this.startSystem) / total) * 100 : null;
  }

  /**
   * Time the server's event loop waited for a CPU, as percent of the window: near 0 on a quiet
   * machine; a few percent means other processes on the server's core inflated its latencies.
   */
  waitPercent(): number | null {
    const wait = runqueueWaitNs(this.pid);
    const wallMs = performance.now() - this.startWall;
    if (wait === null || this.startWait === null || wallMs <= 0) return null;
    return ((wait - this.startWait) / 1e6 / wallMs) * 100;
  }

  percent(): number | null {
    const cpu = cpuSeconds(this.pid);
    const wallSec = (performance.now() - this.startWall) / 1000;
    if (cpu === null || wallSec <= 0) return null;
    return ((cpu - this.startCpu) / wallSec) * 100;
  }
}

/** The load generator's own CPU use over a window (to show it was not the bottleneck). */
export class SelfCpuMeter {
  private start = process.cpuUsage();
  private startWall = performance.now();

  reset(): void {
    this.start = process.cpuUsage();
    this.startWall = performance.now();
  }

  percent(): number {
    const used = process.cpuUsage(this.start);
    const wallMs = performance.now() - this.startWall;
    return wallMs > 0 ? ((used.user + used.system) / 1000 / wallMs) * 100 : 0;
  }
}

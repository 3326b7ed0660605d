/** What the figures were measured on: they mean little without it. */
import fs from 'node:fs';
import os from 'node:os';
import { canPin, openFileLimit } from './lib/pin.js';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  pinned: boolean;
  openFileLimit: number | null;
  /** 1-minute load average at start and end: above ~1 on two cores, something else was running. */
  loadAvgStart: number;
  loadAvgEnd?: number;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1]!.trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    pinned: canPin(),
    openFileLimit: openFileLimit(),
    loadAvgStart: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

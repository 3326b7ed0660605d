/**
 * Slows down guessing of join codes without locking out a venue. Every tablet at a conference shares
 * one public IP, so failures are counted per connection and per attempted code; the IP alone never
 * refuses anyone (one attendee hammering wrong codes must not keep a room from joining). Past a flood
 * ceiling on the IP, every answer from it is slowed to the longest delay instead. What makes guessing
 * hopeless is the code space: 8 characters of a 31-letter alphabet for a few dozen tables.
 *
 * Policy: from the Nth failure on a connection, each further answer is delayed (doubling, capped);
 * past a hard ceiling on the connection or on one code, the answer is 429.
 */
import type { Socket } from 'node:net';

export interface JoinLimits {
  windowMs: number;
  /** Failures on one connection before answers are delayed. */
  freeFailuresPerConnection: number;
  maxFailuresPerConnection: number;
  /** Failures naming the same (normalised) code. */
  maxFailuresPerCode: number;
  /** Failures from one IP past which every answer to it takes `maxDelayMs`: a flood brake, never a 429. */
  maxFailuresPerIp: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimits = {
  windowMs: 10 * 60_000,
  freeFailuresPerConnection: 3,
  maxFailuresPerConnection: 10,
  maxFailuresPerCode: 10,
  maxFailuresPerIp: 300,
  baseDelayMs: 250,
  maxDelayMs: 4000,
};

interface Window {
  count: number;
  resetAtMs: number;
}

class WindowedCounter {
  private readonly windows = new Map<string, Window>();
  constructor(private readonly windowMs: number) {}
  get(key: string, nowMs: number): number {
    const w = this.windows.get(key);
    return w && w.resetAtMs > nowMs ? w.count : 0;
  }
  inc(key: string, nowMs: number): void {
    const w = this.windows.get(key);
    if (w && w.resetAtMs > nowMs) w.count++;
    else this.windows.set(key, { count: 1, resetAtMs: nowMs + this.windowMs });
  }
  sweep(nowMs: number): void {
    for (const [k, w] of this.windows) if (w.resetAtMs <= nowMs) this.windows.delete(k);
  }
}

export type JoinVerdict = { allowed: true; delayMs: number } | { allowed: false; retryAfterSec: number };

export class JoinLimiter {
  private readonly byConnection = new WeakMap<Socket, number>();
  private readonly byCode: WindowedCounter;
  private readonly byIp: WindowedCounter;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly limits: JoinLimits = DEFAULT_JOIN_LIMITS) {
    this.byCode = new WindowedCounter(limits.windowMs);
    this.byIp = new WindowedCounter(limits.windowMs);
    this.sweeper = setInterval(() => {
      const now = Date.now();
      this.byCode.sweep(now);
      this.byIp.sweep(now);
    }, limits.windowMs);
    this.sweeper.unref();
  }

  /** Decides, before looking the code up, whether and how slowly to answer this attempt. */
  check(socket: Socket, code: string, ip: string, nowMs = Date.now()): JoinVerdict {
    const onConnection = this.byConnection.get(socket) ?? 0;
    const retryAfterSec = Math.ceil(this.limits.windowMs / 1000);
    if (
      onConnection >= this.limits.maxFailuresPerConnection ||
      this.byCode.get(code, nowMs) >= this.limits.maxFailuresPerCode
    ) {
      return { allowed: false, retryAfterSec };
    }
    if (this.byIp.get(ip, nowMs) >= this.limits.maxFailuresPerIp) {
      return { allowed: true, delayMs: this.limits.maxDelayMs };
    }
    const over = onConnection - this.limits.freeFailuresPerConnection;
    const delayMs = over < 0 ? 0 : Math.min(this.limits.maxDelayMs, this.limits.baseDelayMs * 2 ** over);
    return { allowed: true, delayMs };
  }

  recordFailure(socket: Socket, code: string, ip: string, nowMs = Date.now()): void {
    this.byConnection.set(socket, (this.byConnection.get(socket) ?? 0) + 1);
    this.byCode.inc(code, nowMs);
    this.byIp.inc(ip, nowMs);
  }

  recordSuccess(socket: Socket): void {
    this.byConnection.delete(socket);
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

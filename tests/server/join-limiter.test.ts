/**
 * The join limiter's policy, driven directly with a fake clock: per connection and per code it slows
 * and then refuses; per IP it only ever slows — a venue behind one IP is never locked out by one
 * attendee hammering wrong codes.
 */
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { JoinLimiter, type JoinLimits } from '../../server/http/join-limiter.js';

const LIMITS: JoinLimits = {
  windowMs: 60_000,
  freeFailuresPerConnection: 2,
  maxFailuresPerConnection: 5,
  maxFailuresPerCode: 3,
  maxFailuresPerIp: 6,
  baseDelayMs: 100,
  maxDelayMs: 800,
};
const VENUE = '203.0.113.7';
const socket = () => ({}) as Socket;

describe('join limiter', () => {
  let limiter: JoinLimiter;
  afterEach(() => limiter.close());

  it('on one connection: free failures, then doubling delays, then 429 with the window as Retry-After', () => {
    limiter = new JoinLimiter({ ...LIMITS, maxFailuresPerIp: 100 });
    const tablet = socket();
    const verdicts = [];
    for (let i = 0; i < 6; i++) {
      verdicts.push(limiter.check(tablet, `CODE000${i}`, VENUE, 0));
      limiter.recordFailure(tablet, `CODE000${i}`, VENUE, 0);
    }
    expect(verdicts.slice(0, 5)).toEqual([
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 0 },
      { allowed: true, delayMs: 100 },
      { allowed: true, delayMs: 200 },
      { allowed: true, delayMs: 400 },
    ]);
    expect(verdicts[5]).toEqual({ allowed: false, retryAfterSec: 60 });
    // A success on the connection starts it afresh.
    limiter.recordSuccess(tablet);
    expect(limiter.check(tablet, 'RIGHTCOD', VENUE, 0)).toEqual({ allowed: true, delayMs: 0 });
  });

  it('one code failing from many connections is refused, other codes are not', () => {
    limiter = new JoinLimiter(LIMITS);
    for (let i = 0; i < 3; i++) limiter.recordFailure(socket(), 'GUESSED1', `198.51.100.${i}`, 0);
    expect(limiter.check(socket(), 'GUESSED1', '198.51.100.9', 0)).toEqual({
      allowed: false,
      retryAfterSec: 60,
    });
    expect(limiter.check(socket(), 'RIGHTCOD', '198.51.100.9', 0)).toEqual({ allowed: true, delayMs: 0 });
  });

  it('a flood from the venue IP slows every answer to it but never refuses the room, and the window ends it', () => {
    limiter = new JoinLimiter(LIMITS);
    for (let i = 0; i < 6; i++) limiter.recordFailure(socket(), `FLOOD00${i}`, VENUE, 0);
    // Another tablet in the same room, on its own connection, with the right code: slowed, not refused.
    expect(limiter.check(socket(), 'RIGHTCOD', VENUE, 1_000)).toEqual({ allowed: true, delayMs: 800 });
    // Elsewhere nothing changes.
    expect(limiter.check(socket(), 'RIGHTCOD', '192.0.2.1', 1_000)).toEqual({ allowed: true, delayMs: 0 });
    // After the window the venue is back to normal.
    expect(limiter.check(socket(), 'RIGHTCOD', VENUE, 60_001)).toEqual({ allowed: true, delayMs: 0 });
  });
});

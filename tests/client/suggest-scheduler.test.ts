/**
 * When the board goes to the suggestion worker: at once the first time, then debounced, never twice
 * the same board, and at least every max-wait while changes keep coming.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInputScheduler } from '../../client/src/features/suggest/input-scheduler.js';

describe('suggest input scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const posted: string[] = [];
    const scheduler = createInputScheduler<string>((value) => posted.push(value), 300, 2_000);
    return { posted, scheduler };
  };

  it('posts the first board at once and a later one only after 300 ms of quiet', () => {
    const { posted, scheduler } = setup();
    scheduler.update('a');
    expect(posted).toEqual(['a']);
    scheduler.update('b');
    vi.advanceTimersByTime(200);
    scheduler.update('c');
    vi.advanceTimersByTime(299);
    expect(posted).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(posted).toEqual(['a', 'c']);
  });

  it('never posts the board the worker already has', () => {
    const { posted, scheduler } = setup();
    scheduler.update('a');
    scheduler.update('a');
    vi.advanceTimersByTime(1_000);
    expect(posted).toEqual(['a']);
    // Changed and changed back before it went out.
    scheduler.update('b');
    scheduler.update('a');
    vi.advanceTimersByTime(1_000);
    expect(posted).toEqual(['a']);
  });

  it('still posts every 2 s while changes never pause for 300 ms', () => {
    const { posted, scheduler } = setup();
    scheduler.update('v0');
    for (let i = 1; i <= 20; i += 1) {
      scheduler.update(`v${i}`);
      vi.advanceTimersByTime(200);
    }
    // 4 s of changes every 200 ms: posted at about 2 s and 4 s, not only at the end.
    expect(posted.length).toBeGreaterThanOrEqual(3);
    expect(posted[1]).toBe('v10');
  });

  it('flush posts a waiting board now; reset forgets what was posted', () => {
    const { posted, scheduler } = setup();
    scheduler.update('a');
    scheduler.update('b');
    scheduler.flush();
    expect(posted).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1_000);
    expect(posted).toEqual(['a', 'b']);
    scheduler.reset();
    scheduler.update('b');
    expect(posted).toEqual(['a', 'b', 'b']);
  });
});

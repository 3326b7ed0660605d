/**
 * Board presence (client/src/sync/board-awareness.ts): what peers publish is read tolerantly, and
 * what this facilitator publishes is throttled into single updates.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PRESENCE_MIN_INTERVAL_MS,
  PresencePublisher,
  readBoardPresence,
} from '../../client/src/sync/board-awareness.js';

describe('board presence', () => {
  afterEach(() => vi.useRealTimers());

  it('reads what peers publish tolerantly: a long name is cut, anything odd means not dragging', () => {
    expect(readBoardPresence({ name: '  Anna  ', dragging: 't1:abc' })).toEqual({
      name: 'Anna',
      dragging: 't1:abc',
    });
    expect(readBoardPresence({ name: 'x'.repeat(100), dragging: 5 })).toEqual({
      name: 'x'.repeat(40),
      dragging: null,
    });
    expect(readBoardPresence({ dragging: 'y'.repeat(500) })).toEqual({ name: null, dragging: null });
    expect(readBoardPresence({})).toEqual({ name: null, dragging: null });
  });

  it('publishes at most once per interval, always ending with the latest state in one update', () => {
    vi.useFakeTimers();
    let local: Record<string, unknown> | null = { role: 'facilitator' };
    const sent: unknown[] = [];
    const awareness = {
      getLocalState: () => local,
      setLocalState: (state: Record<string, unknown> | null) => {
        local = state;
        sent.push(state);
      },
    };
    const publisher = new PresencePublisher(awareness, () => Date.now());
    publisher.set({ name: 'Anna' });
    publisher.set({ dragging: 't1:a' });
    publisher.set({ dragging: null });
    publisher.set({ dragging: 't1:b' });
    expect(sent).toEqual([{ role: 'facilitator', name: 'Anna', dragging: null }]);
    vi.advanceTimersByTime(PRESENCE_MIN_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ role: 'facilitator', name: 'Anna', dragging: 't1:b' });
    publisher.set({ dragging: null });
    vi.advanceTimersByTime(PRESENCE_MIN_INTERVAL_MS);
    expect(sent[2]).toEqual({ role: 'facilitator', name: 'Anna', dragging: null });
    publisher.destroy();
  });
});

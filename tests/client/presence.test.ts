/**
 * Presence on the table document ("who else is writing"): small states, few updates, and whatever
 * another device publishes is read tolerantly.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MAX_AWARENESS_STATE_BYTES } from '../../shared/protocol.js';
import { parsePresence, Presence, PRESENCE_MIN_INTERVAL_MS } from '../../client/src/sync/presence.js';
import { pickDeviceKey, DEVICE_KEYS } from '../../client/src/features/table/device-name.js';

afterEach(() => vi.useRealTimers());

function pair() {
  const awarenesses = [new Awareness(new Y.Doc()), new Awareness(new Y.Doc())] as const;
  const sent: number[] = [0, 0];
  awarenesses.forEach((awareness, i) =>
    awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'remote') return;
      sent[i]!++;
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(awarenesses[1 - i]!, encodeAwarenessUpdate(awareness, changed), 'remote');
    }),
  );
  return { awarenesses, sent };
}

describe('presence', () => {
  it('another tablet sees which note this one edits, and never itself', () => {
    const { awarenesses } = pair();
    const a = new Presence(awarenesses[0], 0);
    const b = new Presence(awarenesses[1], 0);
    a.set({ device: 'owl', editing: 'note1' });
    expect(b.others()).toEqual([{ clientId: awarenesses[0].clientID, device: 'owl', editing: 'note1' }]);
    expect(a.others().some((p) => p.clientId === awarenesses[0].clientID)).toBe(false);
    a.set({ editing: null });
    expect(b.others()[0]?.editing).toBeNull();
  });

  it('a burst of focus changes sends at most one update per interval and ends with the latest state', () => {
    vi.useFakeTimers();
    const { awarenesses, sent } = pair();
    const a = new Presence(awarenesses[0]);
    const b = new Presence(awarenesses[1]);
    const before = sent[0]!;
    for (let i = 0; i < 20; i++) a.set({ editing: `n${i}` });
    expect(sent[0]! - before).toBe(1);
    vi.advanceTimersByTime(PRESENCE_MIN_INTERVAL_MS);
    expect(sent[0]! - before).toBe(2);
    expect(b.others()[0]?.editing).toBe('n19');
    // Far below the server's limit of 10 awareness updates per second.
    expect(1000 / PRESENCE_MIN_INTERVAL_MS).toBeLessThanOrEqual(5);
  });

  it('the published state is far below the server cap', () => {
    const { awarenesses } = pair();
    const a = new Presence(awarenesses[0], 0);
    a.set({ device: 'hedgehog', editing: 'x'.repeat(20) });
    const bytes = new TextEncoder().encode(JSON.stringify(awarenesses[0].getLocalState())).length;
    expect(bytes).toBeLessThan(MAX_AWARENESS_STATE_BYTES / 20);
  });

  it('malformed or oversized fields from another device read as absent', () => {
    expect(parsePresence(1, null)).toEqual({ clientId: 1, device: null, editing: null });
    expect(parsePresence(2, { device: 42, editing: ['x'] })).toEqual({
      clientId: 2,
      device: null,
      editing: null,
    });
    expect(parsePresence(3, { device: 'fox', editing: 'y'.repeat(500) })).toEqual({
      clientId: 3,
      device: 'fox',
      editing: null,
    });
  });

  it('a new device name avoids the names other tablets already use while any is free', () => {
    const taken = new Set(DEVICE_KEYS.slice(0, -1));
    expect(pickDeviceKey(taken)).toBe(DEVICE_KEYS[DEVICE_KEYS.length - 1]);
    expect(DEVICE_KEYS).toContain(pickDeviceKey(new Set(DEVICE_KEYS)));
  });
});

/**
 * The facilitator console's pure rules: what a table's tile says, keyboard reordering, the timer's
 * minutes field and visual states, relative times, and the table card's QR code (rasterised and
 * decoded, so a broken path would fail here before any browser runs).
 */
import jsqr from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { Phase } from '../../shared/docs/event-doc.js';
import type { Note } from '../../shared/docs/table-doc.js';
import { timerPhase } from '../../client/src/components/timer-phase.js';
import { modulesToPath, qrSvg, QUIET_ZONE_MODULES } from '../../client/src/features/cards/qr-svg.js';
import { formatAgo } from '../../client/src/features/facilitator/relative-time.js';
import {
  isTabletState,
  lastActivityMs,
  lastContactMs,
  notesPerPhase,
  QUIET_AFTER_MS,
  tileState,
  type TileInput,
} from '../../client/src/features/facilitator/table-activity.js';
import { parseMinutes } from '../../client/src/features/facilitator/timer-input.js';
import { moveTarget, parsePhaseMinutes } from '../../client/src/features/facilitator/workbook/reorder.js';

const NOW = 1_700_000_000_000;

function note(id: string, phaseId: string, atMs: number): Note {
  return {
    id,
    text: id,
    phaseId,
    questionId: null,
    kind: 'note',
    lifted: false,
    order: id,
    createdAtMs: atMs,
    updatedAtMs: atMs,
  };
}

function phase(id: string, title: string): Phase {
  return { id, key: null, title, intro: '', minutes: null, order: id, questions: [] };
}

const base: TileInput = {
  consoleSynced: true,
  loaded: true,
  tabletsConnected: 1,
  everUsed: true,
  lastActivityMs: NOW - 1000,
  nowMs: NOW,
};

describe('table tile state', () => {
  it('tells a quiet table (tablets connected, nobody writing) from a disconnected one (no tablet)', () => {
    expect(tileState(base)).toBe('active');
    expect(tileState({ ...base, lastActivityMs: NOW - QUIET_AFTER_MS })).toBe('quiet');
    expect(tileState({ ...base, lastActivityMs: null })).toBe('quiet');
    expect(tileState({ ...base, tabletsConnected: 0 })).toBe('disconnected');
    expect(tileState({ ...base, tabletsConnected: 0, lastActivityMs: NOW - QUIET_AFTER_MS })).toBe(
      'disconnected',
    );
  });

  it('says "waiting" for a table never used, and "unknown" while the console itself is not connected', () => {
    expect(tileState({ ...base, tabletsConnected: 0, everUsed: false })).toBe('waiting');
    // Our own connection down: no awareness arrives, so "no tablet" would be a false alarm.
    expect(tileState({ ...base, tabletsConnected: 0, consoleSynced: false })).toBe('unknown');
    expect(tileState({ ...base, loaded: false })).toBe('loading');
  });

  it('counts any awareness state as a tablet except those marked as facilitator, projector or board', () => {
    expect(isTabletState({})).toBe(true);
    expect(isTabletState({ v: 1, device: 'fox', editing: null })).toBe(true);
    expect(isTabletState({ role: 'facilitator' })).toBe(false);
    expect(isTabletState({ role: 'projector' })).toBe(false);
    expect(isTabletState({ role: 42 })).toBe(true);
  });
});

describe('table activity', () => {
  it('takes the newest note change by the tablets clocks, never in the future', () => {
    expect(lastActivityMs([], NOW)).toBeNull();
    expect(lastActivityMs([note('a', 'p', NOW - 5000), note('b', 'p', NOW - 1000)], NOW)).toBe(NOW - 1000);
    expect(lastActivityMs([note('a', 'p', NOW + 60_000)], NOW)).toBe(NOW);
  });

  it('counts notes per phase in workbook order, with notes of removed phases last', () => {
    const phases = [phase('p1', 'Upptäcka'), phase('p2', 'Drömma')];
    const notes = [note('a', 'p2', 1), note('b', 'p1', 1), note('c', 'p2', 1), note('d', 'gone', 1)];
    expect(notesPerPhase(notes, phases)).toEqual([
      { phaseId: 'p1', title: 'Upptäcka', count: 1 },
      { phaseId: 'p2', title: 'Drömma', count: 2 },
      { phaseId: null, title: '', count: 1 },
    ]);
  });

  it('last contact is the newest of presence renewals, departures and notes', () => {
    expect(lastContactMs([], [], null)).toBeNull();
    expect(lastContactMs([NOW - 10_000], [NOW - 60_000], NOW - 90_000)).toBe(NOW - 10_000);
    expect(lastContactMs([], [NOW - 60_000], NOW - 90_000)).toBe(NOW - 60_000);
  });
});

describe('keyboard reordering', () => {
  const ids = ['a', 'b', 'c'];
  it('moves up before the previous item and down before the one after next (end = null)', () => {
    expect(moveTarget(ids, 'b', 'up')).toEqual({ beforeId: 'a' });
    expect(moveTarget(ids, 'a', 'down')).toEqual({ beforeId: 'c' });
    expect(moveTarget(ids, 'b', 'down')).toEqual({ beforeId: null });
  });

  it('cannot move the first item up, the last down, or an item not in the list', () => {
    expect(moveTarget(ids, 'a', 'up')).toBeNull();
    expect(moveTarget(ids, 'c', 'down')).toBeNull();
    expect(moveTarget(ids, 'x', 'up')).toBeNull();
  });
});

describe('minutes fields', () => {
  it('the timer takes minutes above 0 up to 600, with a decimal comma', () => {
    expect(parseMinutes('10')).toBe(10);
    expect(parseMinutes(' 2,5 ')).toBe(2.5);
    expect(parseMinutes('0')).toBeNull();
    expect(parseMinutes('601')).toBeNull();
    expect(parseMinutes('tio')).toBeNull();
    expect(parseMinutes('')).toBeNull();
  });

  it('a phase takes whole minutes 1–600, and an empty field means "no suggestion"', () => {
    expect(parsePhaseMinutes('')).toBeNull();
    expect(parsePhaseMinutes('45')).toBe(45);
    expect(parsePhaseMinutes('0')).toBeUndefined();
    expect(parsePhaseMinutes('4.5')).toBeUndefined();
  });
});

describe('timer states', () => {
  it('is running, paused, or ended once no time is left (running or not)', () => {
    expect(timerPhase({ durationMs: 60_000, startedAtMs: NOW - 1000, elapsedBeforeMs: 0 }, NOW)).toBe(
      'running',
    );
    expect(timerPhase({ durationMs: 60_000, startedAtMs: null, elapsedBeforeMs: 1000 }, NOW)).toBe('paused');
    expect(timerPhase({ durationMs: 60_000, startedAtMs: NOW - 60_000, elapsedBeforeMs: 0 }, NOW)).toBe(
      'ended',
    );
    expect(timerPhase({ durationMs: 0, startedAtMs: null, elapsedBeforeMs: 0 }, NOW)).toBe('ended');
  });
});

describe('relative times', () => {
  it('reads naturally in Swedish and English', () => {
    expect(formatAgo(NOW - 10_000, NOW, 'sv', 'nyss')).toBe('nyss');
    expect(formatAgo(NOW - 60_000, NOW, 'sv', 'nyss')).toBe('för 1 minut sedan');
    expect(formatAgo(NOW - 180_000, NOW, 'sv', 'nyss')).toBe('för 3 minuter sedan');
    expect(formatAgo(NOW - 2 * 3_600_000, NOW, 'en', 'just now')).toBe('2 hours ago');
    expect(formatAgo(NOW + 5000, NOW, 'en', 'just now')).toBe('just now');
  });
});

describe('table card QR code', () => {
  it('turns runs of dark modules into one path segment each, offset by the quiet zone', () => {
    const matrix = [
      [1, 1, 0],
      [0, 0, 0],
      [1, 0, 1],
    ];
    expect(modulesToPath(3, (r, c) => matrix[r]![c] === 1, 4)).toBe('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
  });

  it('decodes back to the join URL when rasterised', () => {
    const url = 'https://dialog.example.se/join#ABCD2345';
    const { size, path } = qrSvg(url);
    const scale = 4;
    const width = size * scale;
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let dy = 0; dy < scale; dy++) {
        for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++) {
          const offset = ((Number(y) * scale + dy) * width + px) * 4;
          pixels.fill(0, offset, offset + 3);
        }
      }
    }
    expect(size).toBeGreaterThan(2 * QUIET_ZONE_MODULES);
    expect(jsqr.default(pixels, width, width)?.data).toBe(url);
  });
});

import { describe, expect, it } from 'vitest';
import { parseOrganisations } from '../../client/src/features/facilitator/organisations.js';
import { tokenFromHash } from '../../client/src/session/role-token.js';
import { formatDuration } from '../../client/src/components/format-duration.js';

describe('organisations field', () => {
  it('splits on commas, semicolons and lines, trims, and drops empty and repeated names', () => {
    expect(parseOrganisations('Borås stad, Alingsås kommun\n\n  Lerums   kommun ;borås STAD')).toEqual([
      'Borås stad',
      'Alingsås kommun',
      'Lerums kommun',
    ]);
    expect(parseOrganisations('  ')).toEqual([]);
  });
});

describe('token in a link fragment', () => {
  it('is what follows the #, decoded, or null when there is none', () => {
    expect(tokenFromHash('#abc123')).toBe('abc123');
    expect(tokenFromHash('#a%2Bb')).toBe('a+b');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
  });
});

describe('countdown format', () => {
  it('shows minutes and seconds, rounding up so 0:00 means time is up', () => {
    expect(formatDuration(90_000)).toBe('1:30');
    expect(formatDuration(59_001)).toBe('1:00');
    expect(formatDuration(5_000)).toBe('0:05');
    expect(formatDuration(45 * 60_000)).toBe('45:00');
  });
});

import { describe, expect, it } from 'vitest';
import { checkJoinCode, codeFromHash } from '../../client/src/features/join/join-code.js';

describe('join-code input', () => {
  it('accepts a code whatever its case, spaces and dashes', () => {
    for (const typed of ['ACDE-FGHJ', 'acdefghj', ' acde fghj ', 'ACDE–FGHJ', 'a-c-d-e-f-g-h-j']) {
      expect(checkJoinCode(typed), typed).toEqual({ ok: true, code: 'ACDEFGHJ' });
    }
  });

  it('accepts a whole pasted join link', () => {
    expect(checkJoinCode('https://dialogdag.example/join#ACDE-FGHJ')).toEqual({ ok: true, code: 'ACDEFGHJ' });
  });

  it('says "empty" for nothing but spaces and dashes', () => {
    expect(checkJoinCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkJoinCode('  - ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('says "malformed" for a wrong length or a look-alike character the alphabet leaves out', () => {
    expect(checkJoinCode('ACDE-FGH')).toEqual({ ok: false, reason: 'malformed' });
    expect(checkJoinCode('ACDE-FGHJK')).toEqual({ ok: false, reason: 'malformed' });
    expect(checkJoinCode('AC0E-FGHJ')).toEqual({ ok: false, reason: 'malformed' }); // zero
    expect(checkJoinCode('ACOE-FGHJ')).toEqual({ ok: false, reason: 'malformed' }); // letter O
  });

  it('reads the code a QR link carries in its fragment', () => {
    expect(codeFromHash('#ACDE-FGHJ')).toBe('ACDE-FGHJ');
    expect(codeFromHash('#ACDE%20FGHJ')).toBe('ACDE FGHJ');
    expect(codeFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(codeFromHash('')).toBeNull();
    expect(codeFromHash('#')).toBeNull();
  });
});

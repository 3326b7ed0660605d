import { describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en.js';
import { sv } from '../../client/src/i18n/sv.js';

describe('i18n dictionaries', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('every text is a string in both languages, or a function of the same arity in both', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      const a = sv[key];
      const b = en[key];
      expect(typeof b, key).toBe(typeof a);
      if (typeof a === 'function' && typeof b === 'function') expect(b.length, key).toBe(a.length);
      if (typeof a === 'string') expect(a.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('Swedish counts changes in the singular and the plural', () => {
    expect(sv.statusOfflinePending(1)).toBe('Offline – 1 ändring sparas på enheten');
    expect(sv.statusSyncingPending(3)).toBe('Synkar… 3 ändringar väntar');
    expect(sv.notesCount(1)).toBe('1 anteckning');
    expect(sv.notesCount(2)).toBe('2 anteckningar');
  });

  it('the status texts the design names are spelled as agreed', () => {
    expect(sv.statusSaved).toBe('Sparat');
    expect(sv.statusOffline).toBe('Offline – sparas på enheten');
    expect(sv.statusConnecting).toBe('Ansluter…');
    expect(sv.statusSyncing).toBe('Synkar…');
    expect(sv.joinNotFound).toBe('Koden finns inte. Kontrollera koden på bordskortet.');
  });
});

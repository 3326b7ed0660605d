/**
 * The interface language: `useT()` returns the dictionary of the current language, so texts are
 * typed properties (`t.statusSaved`, `t.notesCount(3)`) and a missing text is a compile error.
 */
import { useEffect } from 'react';
import type { Language } from '../../../shared/api.js';
import { currentLanguage, useUiStore } from '../state/ui-store.js';
import { en } from './en.js';
import { sv, type Dictionary } from './sv.js';

export type { Dictionary };

export const dictionaries: Record<Language, Dictionary> = { sv, en };

/** The dictionary of the current interface language. */
export function useT(): Dictionary {
  return dictionaries[useUiStore(currentLanguage)];
}

/** The current interface language. */
export function useLanguage(): Language {
  return useUiStore(currentLanguage);
}

/**
 * Makes the interface follow an event's language while the calling page is shown (tablets,
 * facilitator, projector speak the event's language whatever the device prefers).
 */
export function useEventLanguage(language: Language | null | undefined): void {
  const setEventLanguage = useUiStore((s) => s.setEventLanguage);
  useEffect(() => {
    if (!language) return;
    setEventLanguage(language);
    return () => setEventLanguage(null);
  }, [language, setEventLanguage]);
}

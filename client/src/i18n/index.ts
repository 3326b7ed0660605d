/**
 * The interface language: `useT()` returns the dictionary of the current language, so texts are
 * typed properties (`t.statusSaved`, `t.notesCount(3)`) and a missing text is a compile error.
 *
 * Swedish, the default, is in the entry chunk; English is loaded when first needed. Most tablets
 * never need it, and the two dictionaries together were ≈ 10 KB of every route's gzip (the table
 * route's budget is 150 KB). Until English has arrived — a few milliseconds, from the service
 * worker's cache when offline — the page shows Swedish, as it does anyway before an event's
 * language is known.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Language } from '../../../shared/api.js';
import { currentLanguage, useUiStore } from '../state/ui-store.js';
import { sv, type Dictionary } from './sv.js';

export type { Dictionary };

const useLoaded = create<Partial<Record<Language, Dictionary>>>(() => ({ sv }));
const loading = new Map<Language, Promise<void>>();

const importers: Record<Language, () => Promise<Dictionary>> = {
  sv: async () => sv,
  en: async () => (await import('./en.js')).en,
};

/** Loads a language's dictionary once; components using `useT` re-render when it is there. */
export function loadDictionary(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = importers[language]().then(
      (dictionary) => useLoaded.setState({ [language]: dictionary }),
      () => {
        // Not reachable now (offline before English was ever loaded): try again next time.
        loading.delete(language);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** The dictionary of the current interface language (Swedish while another is still loading). */
export function useT(): Dictionary {
  const language = useUiStore(currentLanguage);
  const dictionary = useLoaded((loaded) => loaded[language]);
  useEffect(() => {
    if (!dictionary) void loadDictionary(language);
  }, [dictionary, language]);
  return dictionary ?? sv;
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
    void loadDictionary(language);
    setEventLanguage(language);
    return () => setEventLanguage(null);
  }, [language, setEventLanguage]);
}

/**
 * Local UI state that outlives a component: today only the interface language.
 *
 * Event pages (tablet, facilitator, projector) speak the event's language while they are shown; elsewhere
 * the person's own choice applies, remembered on the device (Swedish until they choose).
 */
import { create } from 'zustand';
import type { Language } from '../../../shared/api.js';

const LANGUAGE_KEY = 'dialogdag:language';

function rememberedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    // Storage can throw (privacy modes, sandboxed frames): Swedish is the default.
    return 'sv';
  }
}

interface UiState {
  /** The person's own choice (start page). */
  preferredLanguage: Language;
  /** The language of the event the current page shows, which wins while set. */
  eventLanguage: Language | null;
  /** Chooses the interface language and remembers it on the device. */
  choosePreferredLanguage: (language: Language) => void;
  setEventLanguage: (language: Language | null) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  preferredLanguage: rememberedLanguage(),
  eventLanguage: null,
  choosePreferredLanguage: (language) => {
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // Not remembering is fine; the choice still applies to this visit.
    }
    set({ preferredLanguage: language });
  },
  setEventLanguage: (language) => set({ eventLanguage: language }),
}));

/** The language the interface speaks now. */
export function currentLanguage(state: Pick<UiState, 'preferredLanguage' | 'eventLanguage'>): Language {
  return state.eventLanguage ?? state.preferredLanguage;
}

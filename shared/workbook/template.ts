/**
 * The shape of a workbook template: the phases and questions an event starts from.
 *
 * A template is plain data. It is copied into the event document once, when the event is created
 * (`initEventDoc`); after that the facilitator edits the event's own copy and the template is no
 * longer consulted, so changing a template never alters an existing event.
 */
import type { Language } from '../api.js';

/** The four phases of the Appreciative Inquiry 4-D cycle. */
export type PhaseKey = 'discover' | 'dream' | 'design' | 'destiny';

/** The 4-D phase keys in the order the cycle runs. */
export const PHASE_KEYS: readonly PhaseKey[] = ['discover', 'dream', 'design', 'destiny'];

/** Ids of the built-in templates (the same ids `CreateEventRequest.template` accepts). */
export type TemplateId = 'ai-4d' | 'empty';

/** One phase of a template. `key` is null for phases outside the 4-D cycle (a facilitator's own). */
export interface TemplatePhase {
  key: PhaseKey | null;
  title: string;
  /** One to three sentences the tables read before they start. */
  intro: string;
  /** Suggested time for the phase, or null when the facilitator has not set one. */
  minutes: number | null;
  questions: string[];
}

/** A workbook in one language. */
export interface WorkbookTemplate {
  id: string;
  language: Language;
  phases: TemplatePhase[];
}

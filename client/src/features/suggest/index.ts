/**
 * Grouping suggestions on the board (issue 8): the public surface the board wires in. Only the
 * board's chunk imports this (never the tablet's); the engine itself runs in a worker and is bundled
 * there, so the board's chunk gets the views and the protocol, not the stemmers.
 */
import './suggest.css';

export { NoteSuggestions, type NoteSuggestionsProps } from './NoteSuggestions.js';
export { SuggestGroupsPanel, type SuggestGroupsPanelProps } from './SuggestGroupsPanel.js';
export { SimilarNotesDialog, type SimilarNotesDialogProps } from './SimilarNotesDialog.js';
export {
  useSuggestions,
  useNoteSuggestions,
  SuggestClientContext,
  type Suggestions,
} from './use-suggestions.js';
export { useSimilarNotes, useGroupPreview, type GroupPreview } from './use-suggest-requests.js';
export {
  noteLookup,
  factorTitleLookup,
  type NoteInfo,
  type NoteLookup,
  type FactorTitleLookup,
} from './board-lookups.js';

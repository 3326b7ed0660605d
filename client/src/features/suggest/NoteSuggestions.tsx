/**
 * At the foot of an unplaced card: the factors it most likely belongs to, each a one-tap button that
 * moves it there (an ordinary, undoable move), with the reason beside it — the words the note shares
 * with the factor. A preview, never a move by itself.
 */
import { memo, useId } from 'react';
import type { FactorSuggestion } from '../../../../shared/suggest/types.js';
import { useT } from '../../i18n/index.js';

export interface NoteSuggestionsProps {
  /** Best first; nothing renders when there are none. */
  suggestions: readonly FactorSuggestion[] | undefined;
  /** A factor's title as shown; undefined for a factor deleted since the suggestion was made. */
  factorTitle: (factorId: string) => string | undefined;
  onAccept: (factorId: string) => void;
  /** The id of the card's text, so each button is described with the note it moves. */
  describedBy?: string;
}

export const NoteSuggestions = memo(function NoteSuggestions({
  suggestions,
  factorTitle,
  onAccept,
  describedBy,
}: NoteSuggestionsProps) {
  const t = useT();
  const id = useId();
  const shown = (suggestions ?? []).flatMap((suggestion) => {
    const title = factorTitle(suggestion.factorId);
    return title === undefined ? [] : [{ ...suggestion, title }];
  });
  if (shown.length === 0) return null;

  return (
    <div className="suggest-note" role="group" aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className="suggest-note-heading">
        {t.suggestHeading}
      </p>
      <ul className="suggest-note-list">
        {shown.map((suggestion) => (
          <li key={suggestion.factorId}>
            <button
              type="button"
              className="button subtle small suggest-accept"
              // The name is everything the button shows — where to, and why (WCAG 2.5.3, label in name).
              aria-describedby={describedBy}
              onClick={() => onAccept(suggestion.factorId)}
            >
              <span className="suggest-accept-to">{t.suggestAcceptTo(suggestion.title)}</span>{' '}
              <span className="suggest-why">{t.suggestWhy(suggestion.sharedWords)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
});

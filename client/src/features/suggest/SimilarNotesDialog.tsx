/**
 * "Similar notes" for any card: the closest notes from every table, each with its table, where it
 * lies now (a factor, or among the unsorted) and the words it shares with the card. Mounted while
 * open. "Show on the board" closes the dialog and hands focus to the owner's `onShow`.
 */
import { useId } from 'react';
import type { SimilarNote } from '../../../../shared/suggest/types.js';
import { useT } from '../../i18n/index.js';
import { shortText } from '../board/announcements.js';
import type { FactorTitleLookup, NoteLookup } from './board-lookups.js';
import { useModalDialog } from './use-modal-dialog.js';

export interface SimilarNotesDialogProps {
  /** The card the dialog was opened for. */
  sourceRef: string;
  /** Best first; null while they are being looked up. */
  results: readonly SimilarNote[] | null;
  note: NoteLookup;
  factorTitle: FactorTitleLookup;
  onClose: () => void;
  /** Shows a note on the board (focus its card); without it, no "show" buttons. */
  onShow?: (ref: string) => void;
}

export function SimilarNotesDialog({
  sourceRef,
  results,
  note,
  factorTitle,
  onClose,
  onShow,
}: SimilarNotesDialogProps) {
  const t = useT();
  const id = useId();
  const dialog = useModalDialog(onClose);
  const source = note(sourceRef);
  const found = (results ?? []).flatMap((result) => {
    const info = note(result.ref);
    return info ? [{ ...result, info }] : [];
  });
  const show = (ref: string) => {
    dialog.close(false);
    onShow?.(ref);
  };

  return (
    <dialog
      ref={dialog.ref}
      className="notes-dialog suggest-dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-source`}
      onClose={dialog.onClose}
    >
      <div className="dialog-head">
        <h2 id={`${id}-heading`} tabIndex={-1}>
          {t.similarHeading}
        </h2>
        <button type="button" className="button" onClick={() => dialog.close()}>
          {t.boardClose}
        </button>
      </div>
      {source && (
        <p id={`${id}-source`} className="suggest-source">
          {t.similarTo(shortText(source.text))}
        </p>
      )}
      {results === null ? (
        <p className="muted" role="status">
          {t.similarLoading}
        </p>
      ) : found.length === 0 ? (
        <p className="muted">{t.similarEmpty}</p>
      ) : (
        <ol className="suggest-similar">
          {found.map(({ ref, info, sharedWords }, index) => {
            const place =
              info.factorId === null
                ? t.similarInPool
                : t.similarInFactor(factorTitle(info.factorId) ?? t.boardUntitledFactor);
            return (
              <li key={ref} className="suggest-similar-item">
                <p id={`${id}-${index}`} className="suggest-similar-text">
                  {info.text}
                </p>
                <p className="suggest-similar-meta">
                  {info.tableName} · {place}
                </p>
                {sharedWords.length > 0 && (
                  <p className="suggest-shared">
                    <strong>{t.suggestSharedWords}:</strong> {sharedWords.join(', ')}
                  </p>
                )}
                {onShow && (
                  <button
                    type="button"
                    className="button subtle small"
                    aria-describedby={`${id}-${index}`}
                    onClick={() => show(ref)}
                  >
                    {t.similarShow}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </dialog>
  );
}

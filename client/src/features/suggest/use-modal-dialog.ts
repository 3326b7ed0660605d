/**
 * A native modal <dialog> that is open while its component is mounted (as TableNotesDialog's is
 * while it has a table): the browser moves focus into it, keeps it there and closes it on Escape;
 * when it closes, focus goes back to whatever opened it — unless the dialog sends focus elsewhere
 * ("show on the board").
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export interface ModalDialog {
  ref: RefObject<HTMLDialogElement | null>;
  /** Closes the dialog; `returnFocus` false leaves focus to whoever takes it next. */
  close: (returnFocus?: boolean) => void;
  /** For the dialog's `onClose`: tells the owner to unmount it. */
  onClose: () => void;
}

export function useModalDialog(onClose: () => void): ModalDialog {
  const ref = useRef<HTMLDialogElement | null>(null);
  const latestOnClose = useRef(onClose);
  const returnFocus = useRef(true);
  useLayoutEffect(() => {
    latestOnClose.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    returnFocus.current = true;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      if (returnFocus.current && opener?.isConnected) opener.focus();
    };
  }, []);

  const close = useCallback((back = true) => {
    returnFocus.current = back;
    ref.current?.close();
  }, []);
  // A close event comes after the dialog is already shown again when StrictMode re-runs the effect
  // above; only a dialog that is really closed tells its owner.
  const onDialogClose = useCallback(() => {
    if (!ref.current?.open) latestOnClose.current();
  }, []);

  return { ref, close, onClose: onDialogClose };
}

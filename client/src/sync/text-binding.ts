/**
 * Binds an `<input>` or `<textarea>` to a shared Y.Text — a factor's title or narrative — so two
 * facilitators typing in the same field merge character by character instead of overwriting each
 * other. The merging (minimal edits, caret mapped through remote changes, input-method compositions
 * held back) is the table view's `TextareaBinding`; this hook gives it the board's write: one
 * transaction per keystroke with `Origin.local`, which the board's undo history tracks.
 *
 * Render the field uncontrolled (no `value`): the binding owns its content.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';
import { Origin } from '../../../shared/docs/origins.js';
import { TextareaBinding, type TextareaLike } from './textarea-binding.js';

/** A ref for a field bound to `ytext` (pass null while there is no text to bind). */
export function useSharedTextField<E extends HTMLInputElement | HTMLTextAreaElement>(
  ytext: Y.Text | null,
): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  useEffect(() => {
    const field = ref.current;
    const doc = ytext?.doc;
    if (!field || !ytext || !doc) return;
    // An <input> has the same value/selection API as a <textarea> (its selection is never null
    // for text inputs).
    const binding = new TextareaBinding(field as unknown as TextareaLike, ytext, (edit) =>
      doc.transact(edit, Origin.local),
    );
    return () => binding.destroy();
  }, [ytext]);
  return ref;
}

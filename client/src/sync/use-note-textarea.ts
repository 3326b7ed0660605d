/**
 * React access to the collaborative note editor: binds an uncontrolled <textarea> to the note's
 * Y.Text for as long as the component is mounted (see textarea-binding.ts for how typing merges).
 */
import { useEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';
import { noteText, readNote, touchNote } from '../../../shared/docs/table-doc.js';
import { Origin } from '../../../shared/docs/origins.js';
import { TextareaBinding } from './textarea-binding.js';

/**
 * How stale the note's `updatedAtMs` may get while someone types: refreshing it on every keystroke
 * would double the size of each keystroke's update for a value shown to the minute.
 */
const TOUCH_EVERY_MS = 2000;

/**
 * A ref for the note's <textarea>. Render the textarea uncontrolled (`defaultValue={note.text}`,
 * no `value`): the binding owns its content, React re-renders must not overwrite it mid-typing.
 */
export function useNoteTextarea(doc: Y.Doc, noteId: string): RefObject<HTMLTextAreaElement | null> {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const textarea = ref.current;
    const ytext = noteText(doc, noteId);
    if (!textarea || !ytext) return;
    // One transaction per keystroke: the text edit and (now and then) the note's updatedAtMs travel
    // together (touchNote's own transact joins the outer one), with the origin undo would track.
    const binding = new TextareaBinding(textarea, ytext, (edit) =>
      doc.transact(() => {
        edit();
        const updatedAtMs = readNote(doc, noteId)?.updatedAtMs ?? 0;
        if (Date.now() - updatedAtMs >= TOUCH_EVERY_MS) touchNote(doc, noteId);
      }, Origin.local),
    );
    return () => binding.destroy();
  }, [doc, noteId]);
  return ref;
}

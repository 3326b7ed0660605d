/**
 * Binds a plain <textarea> to a Y.Text so that two tablets typing in the same note merge character
 * by character and nobody's caret jumps.
 *
 * - Local input goes into the Y.Text as the minimal edit (common prefix and suffix kept), at the
 *   position the person typed — never as "replace everything", which would delete what another
 *   tablet typed meanwhile.
 * - Remote changes arrive as a delta; the textarea gets the new text and the caret and selection
 *   are mapped through the delta, so they stay next to the characters they were next to.
 * - While an input method is composing (Android keyboards compose every word; dead keys and CJK
 *   input too), rewriting the textarea would break the composition. Remote changes are then held
 *   back, local input waits too, and at compositionend the local edit is transformed through what
 *   arrived meanwhile and both are applied.
 *
 * The binding never imports React: the hook in use-note-textarea.ts creates and destroys it.
 */
import type * as Y from 'yjs';
import { diffText } from '../../../shared/docs/ytext.js';
import {
  transformIndex,
  transformIndexThrough,
  transformRangeThrough,
  type DeltaOp,
} from './text-transform.js';

/** What the binding needs of a textarea (an HTMLTextAreaElement; tests pass a small fake). */
export interface TextareaLike {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  selectionDirection: 'forward' | 'backward' | 'none' | null;
  scrollTop: number;
  setSelectionRange(start: number, end: number, direction?: 'forward' | 'backward' | 'none'): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  readonly ownerDocument: { readonly activeElement: unknown };
}

/**
 * Runs `edit` (which changes the Y.Text) in one transaction with the caller's origin, so the
 * caller can record other fields (the note's `updatedAtMs`) in the same update.
 */
export type WriteText = (edit: () => void) => void;

export class TextareaBinding {
  /** The text the textarea showed when it last agreed with the Y.Text. */
  private shown: string;
  private composing = false;
  /** Remote deltas held back during a composition, in order, relative to `shown`. */
  private deferred: DeltaOp[][] = [];
  /** True while our own edit is being written, so its echo in the observer is ignored. */
  private writing = false;
  private readonly listeners: [string, (event: Event) => void][];

  constructor(
    private readonly textarea: TextareaLike,
    private readonly ytext: Y.Text,
    private readonly write: WriteText,
  ) {
    this.shown = ytext.toString();
    if (textarea.value !== this.shown) textarea.value = this.shown;
    this.listeners = [
      ['input', () => this.onInput()],
      ['compositionstart', () => (this.composing = true)],
      ['compositionend', () => this.onCompositionEnd()],
    ];
    for (const [type, listener] of this.listeners) textarea.addEventListener(type, listener);
    ytext.observe(this.onRemote);
  }

  destroy(): void {
    this.ytext.unobserve(this.onRemote);
    for (const [type, listener] of this.listeners) this.textarea.removeEventListener(type, listener);
  }

  private onInput(): void {
    // During a composition with remote changes held back, `shown` no longer matches the Y.Text;
    // the edit is applied, transformed, at compositionend.
    if (this.composing && this.deferred.length > 0) return;
    this.applyLocal(this.textarea.value);
  }

  private onCompositionEnd(): void {
    this.composing = false;
    if (this.deferred.length === 0) this.applyLocal(this.textarea.value);
    else this.mergeDeferred();
  }

  /**
   * The textarea holds a local edit relative to `shown` and the Y.Text has moved on by `deferred`:
   * transform the local edit through the remote deltas, write it, show the merged text.
   */
  private mergeDeferred(): void {
    const deltas = this.deferred;
    this.deferred = [];
    const value = this.textarea.value;
    const caret = { start: this.textarea.selectionStart, end: this.textarea.selectionEnd };
    const edit = diffText(this.shown, value);
    // Where the local edit's pieces are now that the remote changes are in the Y.Text.
    const deleted = transformRangeThrough({ start: edit.index, end: edit.index + edit.deleteCount }, deltas);
    const at = transformIndexThrough(edit.index, deltas);
    const removedBefore = (i: number) =>
      deleted.reduce((n, r) => n + Math.max(0, Math.min(r.end, i) - r.start), 0);
    const insertAt = at - removedBefore(at);
    this.writeEdit(() => {
      for (const r of [...deleted].reverse()) this.ytext.delete(r.start, r.end - r.start);
      if (edit.insert) this.ytext.insert(insertAt, edit.insert);
    });
    // The caret in the local text → the same spot in the merged text.
    const map = (i: number): number => {
      if (i >= edit.index && i <= edit.index + edit.insert.length) return insertAt + (i - edit.index);
      const before = i < edit.index ? i : i - edit.insert.length + edit.deleteCount;
      const moved = transformIndexThrough(before, deltas);
      return moved - removedBefore(moved) + (i < edit.index ? 0 : edit.insert.length);
    };
    this.show(this.ytext.toString(), map(caret.start), map(caret.end));
  }

  /** Writes the person's edit (textarea now reads `value`) into the Y.Text. */
  private applyLocal(value: string): void {
    // Normally the Y.Text equals `shown` here; if not (a bug elsewhere), make it read what the
    // person sees rather than corrupt it with an edit at the wrong offset.
    const base = this.ytext.toString() === this.shown ? this.shown : this.ytext.toString();
    const { index, deleteCount, insert } = diffText(base, value);
    if (deleteCount > 0 || insert) {
      this.writeEdit(() => {
        if (deleteCount > 0) this.ytext.delete(index, deleteCount);
        if (insert) this.ytext.insert(index, insert);
      });
    }
    this.shown = value;
  }

  private writeEdit(edit: () => void): void {
    this.writing = true;
    try {
      this.write(edit);
    } finally {
      this.writing = false;
    }
  }

  private readonly onRemote = (event: Y.YTextEvent): void => {
    if (this.writing) return;
    const delta = event.delta as DeltaOp[];
    if (this.composing) {
      this.deferred.push(delta);
      return;
    }
    const ta = this.textarea;
    if (ta.value !== this.shown) {
      // A local edit onInput has not seen (it runs synchronously, so this is defensive): merge
      // it the way a composition is merged, so neither side's edit is lost.
      this.deferred.push(delta);
      this.mergeDeferred();
      return;
    }
    this.show(
      this.ytext.toString(),
      transformIndex(ta.selectionStart, delta),
      transformIndex(ta.selectionEnd, delta),
    );
  };

  /** Puts `text` into the textarea, keeping the caret/selection (only when focused) and scroll. */
  private show(text: string, start: number, end: number): void {
    const ta = this.textarea;
    this.shown = text;
    if (ta.value === text) return;
    const focused = ta.ownerDocument.activeElement === ta;
    const direction = ta.selectionDirection ?? 'none';
    const scrollTop = ta.scrollTop;
    ta.value = text;
    if (focused) {
      const clamp = (i: number) => Math.max(0, Math.min(text.length, i));
      ta.setSelectionRange(clamp(start), clamp(end), direction);
    }
    ta.scrollTop = scrollTop;
  }
}

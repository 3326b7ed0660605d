/**
 * Index arithmetic for a text that changed under the reader: where does a position (a caret, the
 * start of a pending local edit) end up after a Y.Text delta was applied?
 *
 * Pure functions over Yjs' delta format (`{ retain } | { insert } | { delete }`, in order over the
 * old text), so the textarea binding can keep a caret in place and tests need no browser.
 */

/** One operation of a Y.Text delta, as `YTextEvent#delta` reports it. */
export interface DeltaOp {
  retain?: number;
  insert?: unknown;
  delete?: number;
}

/** A half-open range `[start, end)` of a text. */
export interface TextRange {
  start: number;
  end: number;
}

function insertLength(insert: unknown): number {
  // Embeds count as one position; a note's text never holds any, but a foreign writer could add one.
  return typeof insert === 'string' ? insert.length : 1;
}

/**
 * Maps `index` of the old text to the new text. An insert exactly at `index` lands after it (the
 * caret stays before what someone else just typed there), so two people typing at the same spot
 * each keep writing their own word instead of interleaving letters.
 */
export function transformIndex(index: number, delta: readonly DeltaOp[]): number {
  let oldPos = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldPos > index) break;
    if (op.retain !== undefined) {
      oldPos += op.retain;
    } else if (op.insert !== undefined) {
      if (oldPos < index) shift += insertLength(op.insert);
    } else if (op.delete !== undefined) {
      if (oldPos < index) shift -= Math.min(op.delete, index - oldPos);
      oldPos += op.delete;
    }
  }
  return index + shift;
}

/**
 * Maps a range of the old text to the ranges its surviving characters occupy in the new text: text
 * inserted inside the range by someone else is left out, characters they deleted are gone. Used to
 * delete exactly what the local person selected, never what arrived meanwhile.
 */
export function transformRange(range: TextRange, delta: readonly DeltaOp[]): TextRange[] {
  const out: TextRange[] = [];
  const keep = (start: number, end: number) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.end === start) last.end = end;
    else out.push({ start, end });
  };
  let oldPos = 0;
  let newPos = 0;
  for (const op of delta) {
    if (oldPos >= range.end) break;
    if (op.retain !== undefined) {
      const from = Math.max(oldPos, range.start);
      const to = Math.min(oldPos + op.retain, range.end);
      if (to > from) keep(newPos + (from - oldPos), newPos + (to - oldPos));
      oldPos += op.retain;
      newPos += op.retain;
    } else if (op.insert !== undefined) {
      newPos += insertLength(op.insert);
    } else if (op.delete !== undefined) {
      oldPos += op.delete;
    }
  }
  // Past the delta's last op the rest of the old text is retained implicitly.
  const from = Math.max(oldPos, range.start);
  if (range.end > from) keep(newPos + (from - oldPos), newPos + (range.end - oldPos));
  return out;
}

/** Maps `index` through several deltas applied one after another. */
export function transformIndexThrough(index: number, deltas: readonly (readonly DeltaOp[])[]): number {
  return deltas.reduce((i, delta) => transformIndex(i, delta), index);
}

/** Maps a range through several deltas applied one after another. */
export function transformRangeThrough(
  range: TextRange,
  deltas: readonly (readonly DeltaOp[])[],
): TextRange[] {
  let ranges = [range];
  for (const delta of deltas) ranges = ranges.flatMap((r) => transformRange(r, delta));
  return ranges;
}

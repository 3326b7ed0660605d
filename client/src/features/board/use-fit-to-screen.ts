/**
 * Fits the projector's factor board into its box — a projector cannot scroll. It picks the grid (how
 * many columns and rows of factor cells) from the box's shape, then the largest type size at which
 * every factor shows its title, evidence line and first quotes, and how many quotes each shows.
 *
 * Measured, then set once: in one animation frame the hook writes a trial size, reads the cells'
 * offsets (one layout per trial, a binary search of ~6 trials on a few dozen elements), then writes
 * the chosen size and hands React the quote counts — nothing is painted in between. It measures again
 * when the box is resized or the content changes, coalesced to one frame.
 *
 * The markup it reads (ProjectorBoard): the box `[data-fit-root]` holds cells `[data-fit-cell=id]`
 * (position: relative, `data-fit-total` = the factor's quote count), each with a head `[data-fit-head]`
 * ending in an optional narrative `[data-fit-narrative]` (no margins), quote candidates
 * `[data-fit-item]` (at most the cap) and a "+ N more" line `[data-fit-more]` (no margins). While the
 * box carries `data-fit-measuring`, the stylesheet shows every candidate, narrative and "more" line.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Quote type at 1080p: never smaller (readable from the back of the room). Scales with the screen. */
export const MIN_QUOTE_PX_AT_1080P = 24;
/** The smallest quote type on any screen (a 720p projector gets 16 px, two thirds of 1080p's). */
const MIN_QUOTE_FLOOR_PX = 16;
/** The largest type, as a multiple of the smallest: one factor with one quote fills the wall. */
const MAX_TO_MIN = 2.75;
/** A cell narrower than this many quote-type ems wraps every few words: use more rows instead. */
const MIN_CELL_WIDTH_EMS = 14;
/** Cell proportions that read best (width / height): a little taller than wide, a column of text. */
const IDEAL_CELL_ASPECT = 0.9;

export interface GridShape {
  columns: number;
  rows: number;
}

/**
 * The grid for `count` cells in a `width` × `height` box: the rows × columns whose cells come closest
 * to {@link IDEAL_CELL_ASPECT} without getting narrower than `minCellWidth`, never with an empty row.
 * A short last row is fine: its cells grow wider (7 factors → 4 + 3).
 */
export function chooseGrid(
  count: number,
  width: number,
  height: number,
  gap: number,
  minCellWidth: number,
): GridShape {
  let best: GridShape = { columns: Math.max(1, count), rows: 1 };
  let bestScore = Infinity;
  for (let rows = 1; rows <= Math.max(1, count); rows++) {
    const columns = Math.ceil(count / rows);
    if (count > 0 && Math.ceil(count / columns) !== rows) continue;
    const cellWidth = (width - (columns - 1) * gap) / columns;
    const cellHeight = (height - (rows - 1) * gap) / rows;
    if (cellWidth <= 0 || cellHeight <= 0) continue;
    const score =
      Math.abs(Math.log(cellWidth / cellHeight / IDEAL_CELL_ASPECT)) + (cellWidth < minCellWidth ? 10 : 0);
    if (score < bestScore) {
      best = { columns, rows };
      bestScore = score;
    }
  }
  return best;
}

/** One cell laid out at a trial size: vertical positions in px from the cell's top edge. */
export interface CellMeasure {
  id: string;
  /** The factor's quotes in all (the candidates are the first of them). */
  total: number;
  /** Where the content must end: the cell's height less its bottom padding. */
  limit: number;
  /** Bottom of the head (title, evidence, narrative). */
  head: number;
  /** Height the narrative adds to the head (0 without one). */
  narrative: number;
  /** Bottom of each quote candidate, in order. */
  items: number[];
  /** Height of the "+ N more" line. */
  more: number;
}

export interface Fit {
  /** Quote type size in px; everything else scales with it. */
  sizePx: number;
  /** Narratives are shown (they are dropped first when the quotes would not fit). */
  narratives: boolean;
  /** Quotes shown per factor id. */
  shown: Readonly<Record<string, number>>;
}

/** How many candidates fit in the cell (with the "more" line when some stay out); -1: not even the head. */
function shownIn(cell: CellMeasure, dropNarrative: boolean): number {
  const shift = dropNarrative ? cell.narrative : 0;
  const head = cell.head - shift;
  const bottoms = cell.items.map((bottom) => bottom - shift);
  if (cell.items.length === cell.total && (bottoms.at(-1) ?? head) <= cell.limit) return bottoms.length;
  for (let k = Math.min(bottoms.length, cell.total - 1); k >= 0; k--) {
    if ((k === 0 ? head : bottoms[k - 1]!) + cell.more <= cell.limit) return k;
  }
  return -1;
}

const allFit = (cells: CellMeasure[], dropNarrative: boolean) =>
  cells.every((cell) => shownIn(cell, dropNarrative) === cell.items.length);

/**
 * The fit: the largest size in [minPx, maxPx] at which every cell shows all its candidates — with
 * narratives if possible, else without. If none does, the smallest size without narratives, each
 * factor showing as many candidates as fit. `measureAt` lays the board out at a size; called at most
 * once per size.
 */
export function searchFit(measureAt: (sizePx: number) => CellMeasure[], minPx: number, maxPx: number): Fit {
  const cache = new Map<number, CellMeasure[]>();
  const at = (size: number) => {
    let cells = cache.get(size);
    if (!cells) cache.set(size, (cells = measureAt(size)));
    return cells;
  };
  const result = (sizePx: number, dropNarrative: boolean): Fit => ({
    sizePx,
    narratives: !dropNarrative,
    shown: Object.fromEntries(at(sizePx).map((cell) => [cell.id, Math.max(0, shownIn(cell, dropNarrative))])),
  });
  for (const dropNarrative of [false, true]) {
    if (!allFit(at(minPx), dropNarrative)) continue;
    if (allFit(at(maxPx), dropNarrative)) return result(maxPx, dropNarrative);
    let fits = minPx;
    let fails = maxPx;
    while (fails - fits > 1) {
      const mid = Math.floor((fits + fails) / 2);
      if (allFit(at(mid), dropNarrative)) fits = mid;
      else fails = mid;
    }
    return result(fits, dropNarrative);
  }
  return result(minPx, true);
}

/** The type range for this screen: 24 px at 1080p (never under 16 px), scaled with the window. */
export function quoteSizeRange(innerWidth: number, innerHeight: number): { minPx: number; maxPx: number } {
  const scale = Math.min(innerWidth / 1920, innerHeight / 1080);
  const minPx = Math.max(MIN_QUOTE_FLOOR_PX, Math.round(MIN_QUOTE_PX_AT_1080P * scale));
  return { minPx, maxPx: Math.round(minPx * MAX_TO_MIN) };
}

function measureCells(root: HTMLElement): CellMeasure[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-fit-cell]'), (cell) => {
    const bottom = (el: HTMLElement | null) => (el ? el.offsetTop + el.offsetHeight : 0);
    const head = cell.querySelector<HTMLElement>('[data-fit-head]');
    const narrative = cell.querySelector<HTMLElement>('[data-fit-narrative]');
    const items = Array.from(cell.querySelectorAll<HTMLElement>('[data-fit-item]'), bottom);
    return {
      id: cell.dataset.fitCell ?? '',
      total: Number(cell.dataset.fitTotal ?? items.length),
      limit: cell.clientHeight - parseFloat(getComputedStyle(cell).paddingBottom),
      head: bottom(head),
      narrative: narrative?.offsetHeight ?? 0,
      items,
      more: cell.querySelector<HTMLElement>('[data-fit-more]')?.offsetHeight ?? 0,
    };
  });
}

/** Lays the box out for `fit`-ing: the grid for its cells, in CSS properties the stylesheet reads. */
function applyGrid(root: HTMLElement, minPx: number): void {
  const count = root.querySelectorAll('[data-fit-cell]').length;
  const list = root.querySelector<HTMLElement>('[data-fit-list]') ?? root;
  const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
  const grid = chooseGrid(count, root.clientWidth, root.clientHeight, gap, minPx * MIN_CELL_WIDTH_EMS);
  root.style.setProperty('--fit-columns', String(grid.columns));
  root.style.setProperty('--fit-rows', String(grid.rows));
}

function sameFit(a: Fit | null, b: Fit): boolean {
  if (!a || a.sizePx !== b.sizePx || a.narratives !== b.narratives) return false;
  const keys = Object.keys(b.shown);
  return keys.length === Object.keys(a.shown).length && keys.every((key) => a.shown[key] === b.shown[key]);
}

/**
 * Fits the box `rootRef` points at (see the file comment for the markup); `content` is anything that
 * changes when what the box shows changes. Null until the first measurement (before the first paint).
 */
export function useFitToScreen(rootRef: RefObject<HTMLElement | null>, content: unknown): Fit | null {
  const [fit, setFit] = useState<Fit | null>(null);
  const fitRef = useRef<Fit | null>(null);
  const frame = useRef(0);

  const schedule = useRef(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const root = rootRef.current;
      if (!root || root.clientHeight === 0 || root.clientWidth === 0) return;
      const { minPx, maxPx } = quoteSizeRange(window.innerWidth, window.innerHeight);
      root.setAttribute('data-fit-measuring', '');
      applyGrid(root, minPx);
      const next = searchFit(
        (sizePx) => {
          root.style.setProperty('--fit-size', `${sizePx}px`);
          return measureCells(root);
        },
        minPx,
        maxPx,
      );
      root.style.setProperty('--fit-size', `${next.sizePx}px`);
      root.removeAttribute('data-fit-measuring');
      if (sameFit(fitRef.current, next)) return;
      fitRef.current = next;
      // Commit before the frame is painted, so no frame shows the trial layout.
      flushSync(() => setFit(next));
    });
  }).current;

  useLayoutEffect(schedule, [content, schedule]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const observer = new ResizeObserver(schedule);
    observer.observe(root);
    // System fonts normally; should one arrive late, its metrics differ.
    void document.fonts?.ready.then(schedule);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [rootRef, schedule]);

  return fit;
}

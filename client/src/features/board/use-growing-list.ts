/**
 * Long lists grow as the facilitator scrolls them: a list shows its first notes and adds a page
 * whenever its end comes into view (or "show more" is pressed). With 2,000 notes on the board only a
 * few hundred cards are mounted, which is what keeps a drop within its budget — dnd-kit re-renders
 * every mounted draggable when a drag ends.
 *
 * Only the user's own scrolling grows a list. The board also scrolls by itself — focus follows a
 * dropped note to the end of its factor, a keyboard drag's cursor is kept in view — and the end of
 * the list is right there then; growing on that added a page per drop, so after a hundred drops
 * every card was mounted and drops took twice as long (measured: bench/browser-board.ts counts the
 * mounted cards after every drop). {@link scrollIntoViewQuietly} marks those scrolls.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Cards a factor shows at first, and how many each growth step adds. */
export const LIST_PAGE_SIZE = 20;

/**
 * How long after the board scrolled by itself the end of a list coming into view is not taken as
 * the user's scrolling (the observer reports a frame or two later; generous for a busy laptop).
 */
const QUIET_MS = 500;
let quietUntil = 0;

const now = () => performance.now();

/** Scrolls an element into view for the program, not the user: no list grows from it. */
export function scrollIntoViewQuietly(element: Element): void {
  quietUntil = now() + QUIET_MS;
  element.scrollIntoView({ block: 'nearest' });
}

export interface GrowingList {
  /** How many items to render. */
  shown: number;
  /** Attach to an element after the last rendered item: scrolled into view, the list grows. */
  sentinel: (node: HTMLElement | null) => void;
  showMore: () => void;
}

/** `atLeast` forces items into view (a note just moved there, or a keyboard drag's cursor). */
export function useGrowingList(total: number, atLeast = 0, pageSize = LIST_PAGE_SIZE): GrowingList {
  const [pages, setPages] = useState(1);
  const shown = Math.min(total, Math.max(pages * pageSize, atLeast));
  const showMore = useCallback(() => setPages((p) => p + 1), []);
  const sentinel = useWhenInView(showMore);
  return { shown, sentinel, showMore };
}

/**
 * A ref callback: `onInView` runs whenever the element is in view after the user scrolled — when it
 * comes into view, or when the user scrolls while it already is (it may have come into view during
 * a quiet, programmatic scroll).
 */
export function useWhenInView(onInView: () => void): (node: HTMLElement | null) => void {
  const detach = useRef<(() => void) | null>(null);
  useEffect(() => () => detach.current?.(), []);
  return useCallback(
    (node: HTMLElement | null) => {
      detach.current?.();
      detach.current = null;
      if (!node || typeof IntersectionObserver === 'undefined') return;
      let visible = false;
      const maybeGrow = () => {
        if (visible && now() >= quietUntil) onInView();
      };
      const observer = new IntersectionObserver((entries) => {
        visible = entries.some((entry) => entry.isIntersecting);
        maybeGrow();
      });
      observer.observe(node);
      // The user scrolling the list the element is in (or the page) — also a wheel or swipe at
      // the list's end, which scrolls nothing when a quiet scroll already went there. Scroll
      // events don't bubble: listen in the capture phase.
      const list = scrollParentOf(node);
      const onScroll = (event: Event) => {
        if (event.target === document || event.target === list) maybeGrow();
      };
      const onGesture = (event: Event) => {
        if (list && event.target instanceof Node && list.contains(event.target)) maybeGrow();
      };
      const options = { capture: true, passive: true };
      window.addEventListener('scroll', onScroll, options);
      window.addEventListener('wheel', onGesture, options);
      window.addEventListener('touchmove', onGesture, options);
      detach.current = () => {
        observer.disconnect();
        window.removeEventListener('scroll', onScroll, options);
        window.removeEventListener('wheel', onGesture, options);
        window.removeEventListener('touchmove', onGesture, options);
      };
    },
    [onInView],
  );
}

/** The nearest ancestor that scrolls its content, or null when only the page does. */
function scrollParentOf(node: HTMLElement): HTMLElement | null {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return parent;
  }
  return null;
}

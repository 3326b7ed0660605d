/**
 * Long lists grow as they are scrolled: a factor shows its first notes and adds a page whenever its
 * end comes into view (or "show more" is pressed). With 2,000 notes on the board only a few hundred
 * cards are mounted, which is what keeps a drop within its budget — dnd-kit re-renders every mounted
 * draggable when a drag ends.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Cards a factor shows at first, and how many each growth step adds. */
export const LIST_PAGE_SIZE = 20;

export interface GrowingList {
  /** How many items to render. */
  shown: number;
  /** Attach to an element after the last rendered item: in view, the list grows. */
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

/** A ref callback: `onInView` runs whenever the element comes into view (scrolled to). */
export function useWhenInView(onInView: () => void): (node: HTMLElement | null) => void {
  const observer = useRef<IntersectionObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  return useCallback(
    (node: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node || typeof IntersectionObserver === 'undefined') return;
      observer.current = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onInView();
      });
      observer.current.observe(node);
    },
    [onInView],
  );
}

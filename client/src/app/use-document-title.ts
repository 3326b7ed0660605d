import { useEffect } from 'react';

/** Sets the tab title (WCAG 2.4.2: each page has a title that says what it is). */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Dialogdag` : 'Dialogdag';
  }, [title]);
}

import type { NoteKind } from '../../../../shared/docs/table-doc.js';
import type { Dictionary } from '../../i18n/index.js';

/** A note kind in words, in the interface language. */
export function kindLabel(kind: NoteKind, t: Dictionary): string {
  switch (kind) {
    case 'story':
      return t.kindStory;
    case 'quote':
      return t.kindQuote;
    case 'idea':
      return t.kindIdea;
    case 'note':
      return t.kindNote;
  }
}

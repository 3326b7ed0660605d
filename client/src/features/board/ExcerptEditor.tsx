/**
 * Trims a note to its quotable part. The excerpt is stored on the board (`setExcerpt`), apart from
 * the note: the table's note stays exactly as the table wrote it, and the table keeps editing it.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { useBoardActions } from './board-actions.js';
import type { CardItem } from './board-model.js';

interface ExcerptEditorProps {
  item: CardItem;
  opener: RefObject<HTMLButtonElement | null>;
}

export function ExcerptEditor({ item, opener }: ExcerptEditorProps) {
  const t = useT();
  const actions = useBoardActions();
  const togglePanel = useBoardUiStore((s) => s.togglePanel);
  const id = useId();
  const [value, setValue] = useState(item.excerpt ?? item.note.text);
  const area = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => area.current?.focus(), []);

  const close = () => {
    togglePanel(null);
    opener.current?.focus();
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    // The whole note is no excerpt: store nothing, so later edits at the table show in full.
    actions.setExcerpt(item.ref, trimmed === item.note.text.trim() ? null : trimmed);
    close();
  };
  const clear = () => {
    actions.setExcerpt(item.ref, null);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  return (
    <form className="board-panel board-excerpt" onSubmit={save} onKeyDown={onKeyDown}>
      <p className="hint" id={`${id}-hint`}>
        {t.boardExcerptHint}
      </p>
      <p className="board-original">
        <strong>{t.boardOriginalText}:</strong> {item.note.text}
      </p>
      <label htmlFor={id}>{t.boardExcerptLabel}</label>
      <textarea
        id={id}
        ref={area}
        rows={4}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button primary">
          {t.boardExcerptSave}
        </button>
        {item.excerpt !== null && (
          <button type="button" className="button" onClick={clear}>
            {t.boardExcerptClear}
          </button>
        )}
        <button type="button" className="button subtle" onClick={close}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

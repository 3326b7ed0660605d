/**
 * What a screen reader hears while notes move (DESIGN §3.5): in the interface language, naming the
 * note's text (shortened) and the factor's title — never an id, never dnd-kit's English defaults.
 * Pure functions of the dictionary and the board model, so tests check every sentence.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Dictionary } from '../../i18n/index.js';
import type { DropTarget } from '../../state/board-ui-store.js';
import type { BoardModel, CardItem } from './board-model.js';
import { isSamePlace, positionAt, targetForDrop } from './drop-targets.js';

/** Long notes are cut here in announcements and menus (a sentence, not a paragraph). */
export const NOTE_LABEL_MAX_CHARS = 60;

/** A text as it is named aloud: whitespace collapsed, cut at a word after about a sentence. */
export function shortText(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length <= NOTE_LABEL_MAX_CHARS) return text;
  const cut = text.slice(0, NOTE_LABEL_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > NOTE_LABEL_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** A note as it is named aloud: its excerpt (the part that will be quoted), else its text. */
export function noteLabel(item: Pick<CardItem, 'excerpt' | 'note'> | undefined): string {
  return shortText(item?.excerpt ?? item?.note.text ?? '');
}

/** A factor's title as it is named aloud (blank titles get a word, never the id). */
export function factorLabel(model: BoardModel, factorId: string, t: Dictionary): string {
  const title = model.factors.find((view) => view.factor.id === factorId)?.factor.title.trim();
  return title ? title.replace(/\s+/g, ' ') : t.boardUntitledFactor;
}

/** The sentence for a note moved (or dropped) at `target`, computed from the model before the move. */
export function movedMessage(t: Dictionary, model: BoardModel, ref: string, target: DropTarget): string {
  const note = noteLabel(model.items.get(ref));
  if (isSamePlace(model, ref, target)) return t.boardDroppedInPlace(note);
  if (target.factorId === null) return t.boardMovedToPool(note);
  const { position, count } = positionAt(model, ref, target);
  return t.boardMovedToFactor(note, factorLabel(model, target.factorId, t), position, count);
}

/** The sentence for a note hovering over `target` (null: over nothing). */
export function overMessage(
  t: Dictionary,
  model: BoardModel,
  ref: string,
  target: DropTarget | null,
): string {
  const note = noteLabel(model.items.get(ref));
  if (!target) return t.boardOverNothing(note);
  if (target.factorId === null) return t.boardOverPool(note);
  const { position, count } = positionAt(model, ref, target);
  return t.boardOverFactor(note, factorLabel(model, target.factorId, t), position, count);
}

export function pickedUpMessage(t: Dictionary, model: BoardModel, ref: string): string {
  const item = model.items.get(ref);
  const note = noteLabel(item);
  return item?.factorId
    ? t.boardPickedUpFromFactor(note, factorLabel(model, item.factorId, t))
    : t.boardPickedUpFromPool(note);
}

export function cancelledMessage(t: Dictionary, model: BoardModel, ref: string): string {
  const item = model.items.get(ref);
  const note = noteLabel(item);
  return item?.factorId
    ? t.boardCancelledInFactor(note, factorLabel(model, item.factorId, t))
    : t.boardCancelledInPool(note);
}

export interface AnnouncementSource {
  t: () => Dictionary;
  model: () => BoardModel;
  /** Where the dragged note would land now (kept up to date by the drag handlers). */
  target: () => DropTarget | null;
  /** The sentence the drop handler composed (it knows whether the move happened). */
  dropped: () => string | null;
}

/**
 * dnd-kit's announcement callbacks, reading the latest model through `source` (the callbacks object
 * itself stays the same for the page's life, as dnd-kit wants).
 */
export function boardAnnouncements(source: AnnouncementSource): Announcements {
  const ref = (id: string | number) => String(id);
  const key = (target: DropTarget | null) => (target ? `${target.factorId}\n${target.beforeRef}` : '');
  // The place last spoken, so a move is announced only when it changes the place (dnd-kit reports
  // every pointer movement). Starts at the note's own place: announcing that right after the
  // pick-up would cut off "you picked up…" before a screen reader has said it.
  let spoken = '';
  return {
    onDragStart: ({ active }) => {
      const model = source.model();
      const factorId = model.items.get(ref(active.id))?.factorId ?? null;
      spoken = key(
        factorId === null
          ? { factorId: null, beforeRef: null }
          : targetForDrop(model, ref(active.id), { type: 'factor', factorId }, ref(active.id)),
      );
      return pickedUpMessage(source.t(), model, ref(active.id));
    },
    // Places change within a factor without dnd-kit's "over" changing (only the pool and the
    // factors are drop zones), so the place is announced on moves — keyboard arrows included.
    onDragMove: ({ active }) => {
      const target = source.target();
      if (key(target) === spoken) return undefined;
      spoken = key(target);
      return overMessage(source.t(), source.model(), ref(active.id), target);
    },
    onDragOver: () => undefined,
    onDragEnd: ({ active }) =>
      source.dropped() ?? cancelledMessage(source.t(), source.model(), ref(active.id)),
    onDragCancel: ({ active }) => cancelledMessage(source.t(), source.model(), ref(active.id)),
  };
}

export function boardInstructions(t: Dictionary): ScreenReaderInstructions {
  return { draggable: t.boardDndInstructions };
}

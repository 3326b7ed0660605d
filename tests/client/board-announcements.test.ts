/**
 * What a screen reader hears on the board: in the interface language, naming the note's text and the
 * factor's title — never an id, never dnd-kit's English defaults.
 */
import { defaultAnnouncements, defaultScreenReaderInstructions } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import {
  boardAnnouncements,
  boardInstructions,
  movedMessage,
  noteLabel,
  shortText,
} from '../../client/src/features/board/announcements.js';
import { en } from '../../client/src/i18n/en.js';
import { sv } from '../../client/src/i18n/sv.js';
import type { DropTarget } from '../../client/src/state/board-ui-store.js';
import { boardFixture } from './board-fixture.js';

const active = (id: string) => ({
  id,
  data: { current: undefined },
  rect: { current: { initial: null, translated: null } },
});
const over = (id: string) => ({
  id,
  rect: { top: 0, left: 0, width: 1, height: 1, right: 1, bottom: 1 },
  disabled: false,
  data: { current: undefined },
});

/** dnd-kit's own English phrases, which must never reach a Swedish board. */
const ENGLISH = /draggable|picked up|dropped|was moved|is over|cancelled|press the space/i;

describe('board announcements', () => {
  it('name the note by its excerpt or text, shortened at a word, never by its id', () => {
    const m = boardFixture().model();
    expect(noteLabel(m.items.get('t2:c'))).toBe('Ett skelett som bygger organisationen');
    expect(noteLabel(m.items.get('t2:e'))).toBe('Glöm inte barnen och att synliggöra barnens integration!');
    const long = shortText(
      'Det handlar om att beskriva verksamheten, hur kommunen har förändrats. Verksamhetsbeskrivning.',
    );
    expect(long).toBe('Det handlar om att beskriva verksamheten, hur kommunen har…');
    expect(long.length).toBeLessThanOrEqual(61);
  });

  it('speak Swedish through a whole drag: pick up, over a factor, drop — with note and factor text', () => {
    const { model, structure, vilja } = boardFixture();
    let target: DropTarget | null = null;
    let dropped: string | null = null;
    const announce = boardAnnouncements({ t: () => sv, model, target: () => target, dropped: () => dropped });
    const a = active('t2:d') as never;

    const start = announce.onDragStart({ active: a });
    expect(start).toBe(
      'Du har lyft anteckningen ”Rätt insats av rätt aktör i rätt tid.” från de osorterade.',
    );

    // Hovering where it already is says nothing (it would cut off the pick-up sentence); a new place
    // is spoken once, however many pointer moves report it.
    target = { factorId: null, beforeRef: null };
    expect(announce.onDragMove!({ active: a, over: over('drop:pool') as never })).toBeUndefined();
    target = { factorId: structure, beforeRef: 't2:c' };
    const hovering = announce.onDragMove!({ active: a, over: over('drop:factor:x') as never });
    expect(announce.onDragMove!({ active: a, over: over('drop:factor:x') as never })).toBeUndefined();
    expect(announce.onDragOver({ active: a, over: over('drop:factor:x') as never })).toBeUndefined();
    expect(hovering).toBe(
      'Anteckningen ”Rätt insats av rätt aktör i rätt tid.” är över faktorn ”En kommunövergripande struktur”, plats 2 av 4.',
    );

    dropped = movedMessage(sv, model(), 't2:d', { factorId: vilja, beforeRef: null });
    const end = announce.onDragEnd({ active: a, over: over('drop:factor:x') as never });
    expect(end).toBe(
      'Anteckningen ”Rätt insats av rätt aktör i rätt tid.” flyttades till faktorn ”En organisatorisk och politisk vilja”, plats 1 av 1.',
    );

    const cancelled = announce.onDragCancel({ active: active('t1:a') as never, over: null });
    expect(cancelled).toBe(
      'Flytten avbröts. Anteckningen ”En tydlig struktur definierar roller och ansvar.” ligger kvar i faktorn ”En kommunövergripande struktur”.',
    );

    for (const text of [start, hovering, end, cancelled, sv.boardDndInstructions]) {
      expect(text).not.toMatch(ENGLISH);
      expect(text).not.toMatch(/t\d:[a-z]|drop:/);
      expect(text).not.toContain(structure);
      expect(text).not.toContain(vilja);
    }
    expect(boardInstructions(sv).draggable).not.toBe(defaultScreenReaderInstructions.draggable);
    expect(start).not.toBe(defaultAnnouncements.onDragStart({ active: a }));
  });

  it('say when a note is over the pool, over nothing, or dropped where it was', () => {
    const { model, structure } = boardFixture();
    let target: DropTarget | null = { factorId: structure, beforeRef: null };
    const announce = boardAnnouncements({ t: () => sv, model, target: () => target, dropped: () => null });
    const a = active('t1:b') as never;
    // Picked up from the end of its factor: that place is where it is, so nothing is said.
    announce.onDragStart({ active: a });
    expect(announce.onDragMove!({ active: a, over: over('drop:factor:x') as never })).toBeUndefined();
    target = { factorId: null, beforeRef: null };
    expect(announce.onDragMove!({ active: a, over: over('drop:pool') as never })).toBe(
      'Anteckningen ”Man behöver se vem som kan göra vad.” är över de osorterade anteckningarna.',
    );
    target = null;
    expect(announce.onDragMove!({ active: a, over: null })).toBe(
      'Anteckningen ”Man behöver se vem som kan göra vad.” är inte över någon faktor.',
    );
    expect(movedMessage(sv, model(), 't1:b', { factorId: structure, beforeRef: null })).toBe(
      'Anteckningen ”Man behöver se vem som kan göra vad.” släpptes på samma plats.',
    );
    expect(movedMessage(sv, model(), 't1:b', { factorId: null, beforeRef: null })).toBe(
      'Anteckningen ”Man behöver se vem som kan göra vad.” flyttades till de osorterade.',
    );
  });

  it('a factor without a title is named in words, and an English board speaks English', () => {
    const { model, vilja } = boardFixture();
    const m = model();
    const untitled = {
      ...m,
      factors: m.factors.map((v) =>
        v.factor.id === vilja ? { ...v, factor: { ...v.factor, title: ' ' } } : v,
      ),
    };
    expect(movedMessage(sv, untitled, 't2:d', { factorId: vilja, beforeRef: null })).toContain(
      'faktorn ”Namnlös faktor”',
    );
    expect(movedMessage(en, m, 't2:d', { factorId: vilja, beforeRef: null })).toBe(
      'The note “Rätt insats av rätt aktör i rätt tid.” was moved to the factor “En organisatorisk och politisk vilja”, place 1 of 1.',
    );
  });
});

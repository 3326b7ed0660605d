/**
 * The board model as the suggestion engine sees it: what each note's text is, which notes are left
 * out, and that an unchanged board gives the very same input (the worker is not asked again).
 */
import { describe, expect, it } from 'vitest';
import { moveNote, setExcerpt } from '../../shared/docs/board-doc.js';
import { createSuggestInputConverter } from '../../client/src/features/suggest/suggest-input.js';
import { boardFixture } from './board-fixture.js';

describe('board model → suggest input', () => {
  it('gives every note with text its excerpt or text, table, phase and place; blank notes are left out', () => {
    const { model, structure } = boardFixture();
    const input = createSuggestInputConverter()(model(), 'sv');
    expect(input.language).toBe('sv');
    expect(input.notes.map((n) => n.ref).sort()).toEqual(['t1:a', 't1:b', 't2:c', 't2:d', 't2:e']);
    const byRef = new Map(input.notes.map((n) => [n.ref, n]));
    expect(byRef.get('t2:c')).toEqual({
      ref: 't2:c',
      text: 'Ett skelett som bygger organisationen',
      tableId: 't2',
      phaseId: 'p1',
      questionId: null,
      factorId: structure,
    });
    expect(byRef.get('t2:d')).toMatchObject({ text: 'Rätt insats av rätt aktör i rätt tid.', phaseId: 'p2' });
    expect(byRef.get('t2:d')!.factorId).toBeNull();
  });

  it('gives the factors in board order with their title and narrative', () => {
    const { model, structure, vilja } = boardFixture();
    const input = createSuggestInputConverter()(model(), 'en');
    expect(input.factors).toEqual([
      { id: structure, title: 'En kommunövergripande struktur', narrative: '' },
      { id: vilja, title: 'En organisatorisk och politisk vilja', narrative: '' },
    ]);
  });

  it('returns the same input object when nothing the engine reads has changed', () => {
    const { model } = boardFixture();
    const convert = createSuggestInputConverter();
    const first = convert(model(), 'sv');
    expect(convert(model(), 'sv')).toBe(first);
  });

  it('keeps the unchanged notes and factors when one note moves, and only that note is new', () => {
    const { doc, model, vilja } = boardFixture();
    const convert = createSuggestInputConverter();
    const before = convert(model(), 'sv');
    moveNote(doc, 't2:d', vilja, null);
    const after = convert(model(), 'sv');
    expect(after).not.toBe(before);
    expect(after.factors).toBe(before.factors);
    const old = new Map(before.notes.map((n) => [n.ref, n]));
    for (const n of after.notes) {
      if (n.ref === 't2:d') expect(n).not.toBe(old.get(n.ref));
      else expect(n).toBe(old.get(n.ref));
    }
    expect(after.notes.find((n) => n.ref === 't2:d')!.factorId).toBe(vilja);
  });

  it('sees a new excerpt and a change of language as changes', () => {
    const { doc, model } = boardFixture();
    const convert = createSuggestInputConverter();
    const before = convert(model(), 'sv');
    setExcerpt(doc, 't2:e', 'Glöm inte barnen');
    const edited = convert(model(), 'sv');
    expect(edited.notes.find((n) => n.ref === 't2:e')!.text).toBe('Glöm inte barnen');
    expect(edited.factors).toBe(before.factors);
    const english = convert(model(), 'en');
    expect(english).not.toBe(edited);
    expect(english.notes).toBe(edited.notes);
  });

  it('passes embeddings through and treats a new vector map as a change', () => {
    const { model } = boardFixture();
    const convert = createSuggestInputConverter();
    const vectors = new Map([['x', new Float32Array([1, 0])]]);
    const first = convert(model(), 'sv', vectors);
    expect(first.vectors).toBe(vectors);
    expect(convert(model(), 'sv', vectors)).toBe(first);
    const without = convert(model(), 'sv');
    expect(without).not.toBe(first);
    expect('vectors' in without).toBe(false);
  });
});

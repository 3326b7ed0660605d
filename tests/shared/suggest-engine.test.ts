import { describe, expect, it } from 'vitest';
import { buildSuggestionIndex } from '../../shared/suggest/index.js';
import type { SuggestFactor, SuggestInput, SuggestNote } from '../../shared/suggest/types.js';

const note = (ref: string, text: string, factorId: string | null = null): SuggestNote => ({
  ref,
  text,
  tableId: ref.split(':')[0]!,
  phaseId: 'dream',
  questionId: null,
  factorId,
});
const factor = (id: string, title: string): SuggestFactor => ({ id, title, narrative: '' });

const FACTORS = [factor('trafik', 'Att kunna ta sig dit'), factor('vuxna', 'Trygga vuxna som finns kvar')];
const BUS_NOTES = [
  note('t1:a', 'Sista bussen går för tidigt på kvällen', 'trafik'),
  note('t2:a', 'Gratis busskort på helgerna skulle öppna kommunen', 'trafik'),
  note('t3:a', 'Bussen till idrottshallen går bara två gånger om dagen', 'trafik'),
];
const ADULT_NOTES = [
  note('t1:b', 'Fältassistenterna känner ungdomarna vid namn', 'vuxna'),
  note('t2:b', 'En tränare som stannar i flera år blir en förebild', 'vuxna'),
  note('t3:b', 'Nattvandrarna skapar lugn i centrum', 'vuxna'),
];
const POOL = [
  note('t4:a', 'Bussen hem efter träningen går alldeles för sent'),
  note('t4:b', 'Busskort till alla unga på helgerna'),
  note('t5:a', 'Nattvandrare och fältassistenter i centrum på fredagar'),
  note('t5:b', 'Fältassistenterna borde finnas i centrum även på lördagar'),
  note('t6:a', 'Fritidsgården behöver längre öppettider'),
];
const BOARD: SuggestInput = {
  language: 'sv',
  factors: FACTORS,
  notes: [...BUS_NOTES, ...ADULT_NOTES, ...POOL],
};

/** A fixed reordering, so the test replays exactly. */
const reversedAndRotated = <T>(items: readonly T[]) => {
  const r = [...items].reverse();
  return [...r.slice(3), ...r.slice(0, 3)];
};

const everyAnswer = (input: SuggestInput) => {
  const index = buildSuggestionIndex(input);
  const refs = input.notes.map((n) => n.ref).sort();
  return {
    factors: refs.map((ref) => index.suggestFactors(ref, 3)),
    similar: refs.map((ref) => index.similarNotes(ref, 4)),
    groups: index.suggestGroups({ minSize: 2 }),
  };
};

describe('grouping suggestions', () => {
  it('the same board in another order gives the same answers', () => {
    const shuffled = { ...BOARD, notes: reversedAndRotated(BOARD.notes), factors: [...FACTORS].reverse() };
    expect(everyAnswer(shuffled)).toEqual(everyAnswer(BOARD));
  });

  it('ranks a bus note under the traffic factor and an adult note under the adults factor', () => {
    const index = buildSuggestionIndex(BOARD);
    expect(index.suggestFactors('t4:a')[0]?.factorId).toBe('trafik');
    expect(index.suggestFactors('t5:b')[0]?.factorId).toBe('vuxna');
  });

  it('never suggests the factor a note is already on', () => {
    const index = buildSuggestionIndex(BOARD);
    for (const n of BOARD.notes) {
      expect(index.suggestFactors(n.ref, 10).map((s) => s.factorId)).not.toContain(n.factorId);
    }
  });

  it('the shared words are surface words of the note, at most five, best first', () => {
    const long = note(
      't7:a',
      'Bussen, busskort, bussar och bussarna: Fältassistenterna och nattvandrarna i centrum',
    );
    const index = buildSuggestionIndex({ ...BOARD, notes: [...BOARD.notes, long] });
    for (const n of [...POOL, long]) {
      for (const s of [...index.suggestFactors(n.ref), ...index.similarNotes(n.ref)]) {
        expect(s.sharedWords.length).toBeLessThanOrEqual(5);
        for (const word of s.sharedWords) expect(n.text).toContain(word);
      }
    }
    expect(index.suggestFactors('t4:a')[0]?.sharedWords[0]).toBe('Bussen');
  });

  it('a factor with an unrelated title wins a note once a few notes about its subject are placed on it', () => {
    const bus = note('t9:a', 'Busskort och tätare bussar på kvällen');
    const empty = buildSuggestionIndex({ ...BOARD, notes: [...ADULT_NOTES, bus] });
    expect(empty.suggestFactors(bus.ref)[0]?.factorId).not.toBe('trafik');
    const placed = buildSuggestionIndex({ ...BOARD, notes: [...BUS_NOTES, ...ADULT_NOTES, bus] });
    expect(placed.suggestFactors(bus.ref)[0]?.factorId).toBe('trafik');
  });

  it('a compound meets its parts: "samverkansgruppen" is suggested the samverkan factor', () => {
    const index = buildSuggestionIndex({
      language: 'sv',
      factors: [factor('sam', 'Samverkan mellan förvaltningar'), factor('info', 'Information som når unga')],
      notes: [note('t1:a', 'Samverkansgruppen träffas varje månad'), note('t2:a', 'Grupp för unga')],
    });
    const [best] = index.suggestFactors('t1:a');
    expect(best?.factorId).toBe('sam');
    expect(best?.sharedWords).toContain('Samverkansgruppen');
  });

  it('similar notes come from every table, closest first, never the note itself', () => {
    const index = buildSuggestionIndex(BOARD);
    const similar = index.similarNotes('t5:a', 3);
    expect(similar[0]?.ref).toBe('t5:b');
    expect(similar.map((s) => s.ref)).not.toContain('t5:a');
    expect(new Set(similar.map((s) => s.ref.split(':')[0])).size).toBeGreaterThan(1);
  });
});

describe('suggested groups', () => {
  it('contain only unplaced notes, and notes on a factor that no longer exists count as unplaced', () => {
    const orphan = note('t8:a', 'Fältassistenterna i centrum', 'deleted-factor');
    const index = buildSuggestionIndex({ ...BOARD, notes: [...BOARD.notes, orphan] });
    const refs = index.suggestGroups({ minSize: 1, maxGroups: 100 }).flatMap((g) => g.refs);
    expect(refs.sort()).toEqual([...POOL.map((n) => n.ref), orphan.ref].sort());
  });

  it('groups the two bus notes and the two field-worker notes, with titles from their words', () => {
    const groups = buildSuggestionIndex(BOARD).suggestGroups();
    const sets = groups.map((g) => [...g.refs].sort());
    expect(sets).toContainEqual(['t5:a', 't5:b']);
    const adults = groups.find((g) => g.refs.includes('t5:a'))!;
    expect(adults.title).toMatch(/^[A-ZÅÄÖ]/);
    expect(adults.title.toLowerCase()).toMatch(/fältassistent|centrum/);
  });

  it('keep their ids for the same notes and change them when the members change', () => {
    const first = buildSuggestionIndex(BOARD).suggestGroups();
    const again = buildSuggestionIndex({ ...BOARD, notes: reversedAndRotated(BOARD.notes) }).suggestGroups();
    expect(again.map((g) => g.id)).toEqual(first.map((g) => g.id));
    const withExtra = buildSuggestionIndex({
      ...BOARD,
      notes: [...BOARD.notes, note('t9:z', 'Fältassistenterna och nattvandrarna i centrum')],
    }).suggestGroups();
    const grown = withExtra.find((g) => g.refs.includes('t9:z'))!;
    expect(first.map((g) => g.id)).not.toContain(grown.id);
  });

  it('respect maxGroups and minSize, largest first', () => {
    const index = buildSuggestionIndex(BOARD);
    const all = index.suggestGroups({ minSize: 1, maxGroups: 100 });
    const sizes = all.map((g) => g.refs.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(index.suggestGroups({ maxGroups: 1 })).toHaveLength(1);
    expect(index.suggestGroups({ minSize: 99 })).toEqual([]);
    expect(index.suggestGroups({ maxGroups: 0 })).toEqual([]);
  });
});

describe('sentence embeddings', () => {
  it('blending vectors changes the ranking when the words alone point elsewhere', () => {
    const input: SuggestInput = {
      language: 'sv',
      factors: [factor('a', 'Bussar och trafik'), factor('b', 'Trygghet på kvällen')],
      notes: [note('t1:a', 'Bussen på kvällen känns otrygg')],
    };
    const wordsOnly = buildSuggestionIndex(input).suggestFactors('t1:a');
    expect(wordsOnly[0]?.factorId).toBe('b');
    const unit = (...xs: number[]) => Float32Array.from(xs, (x) => x / Math.hypot(...xs));
    const vectors = new Map([
      ['Bussen på kvällen känns otrygg', unit(1, 0.1)],
      ['Bussar och trafik', unit(1, 0)],
      ['Trygghet på kvällen', unit(0, 1)],
    ]);
    const blended = buildSuggestionIndex({ ...input, vectors }).suggestFactors('t1:a');
    expect(blended[0]?.factorId).toBe('a');
  });

  it('notes without a vector, or with one of another model’s dimension, are compared by words alone', () => {
    const input: SuggestInput = {
      language: 'sv',
      factors: [factor('a', 'Bussar och trafik'), factor('b', 'Trygghet på kvällen')],
      notes: [note('t1:a', 'Bussen på kvällen känns otrygg'), note('t1:b', 'Bussar går sällan')],
    };
    const vectors = new Map([
      ['Bussen på kvällen känns otrygg', Float32Array.of(0, 1, 0)],
      ['Bussar och trafik', Float32Array.of(1, 0)],
      ['Trygghet på kvällen', Float32Array.of(0, 1)],
      ['Bussar går sällan', Float32Array.of(0, 1)],
    ]);
    const index = buildSuggestionIndex({ ...input, vectors });
    const wordsOnly = buildSuggestionIndex(input);
    expect(index.suggestFactors('t1:a')).toEqual(wordsOnly.suggestFactors('t1:a'));
  });
});

describe('limits', () => {
  it('an empty board answers with nothing', () => {
    const index = buildSuggestionIndex({ language: 'sv', factors: [], notes: [] });
    expect(index.suggestFactors('t1:a')).toEqual([]);
    expect(index.similarNotes('t1:a')).toEqual([]);
    expect(index.suggestGroups()).toEqual([]);
  });

  it('a board with notes but no factors suggests no factor', () => {
    const index = buildSuggestionIndex({ ...BOARD, factors: [] });
    expect(index.suggestFactors('t4:a')).toEqual([]);
  });

  it('an unknown reference or a limit of zero answers with nothing', () => {
    const index = buildSuggestionIndex(BOARD);
    expect(index.suggestFactors('nope:x')).toEqual([]);
    expect(index.similarNotes('nope:x')).toEqual([]);
    expect(index.suggestFactors('t4:a', 0)).toEqual([]);
    expect(index.similarNotes('t4:a', 0)).toEqual([]);
  });

  it('a note of stopwords only, or empty, gets no suggestion, no neighbour and no group', () => {
    const blank = [note('t9:a', 'och det är så att vi inte kan'), note('t9:b', ''), note('t9:c', '!!! 42')];
    const index = buildSuggestionIndex({ ...BOARD, notes: [...BOARD.notes, ...blank] });
    for (const n of blank) {
      expect(index.suggestFactors(n.ref)).toEqual([]);
      expect(index.similarNotes(n.ref)).toEqual([]);
    }
    const grouped = index.suggestGroups({ maxGroups: 100 }).flatMap((g) => g.refs);
    for (const n of blank) expect(grouped).not.toContain(n.ref);
  });

  it('a 10,000-character note is indexed and explained like any other', () => {
    const long = note('t9:a', 'Sista bussen går för tidigt. '.repeat(345).slice(0, 10_000));
    expect(long.text).toHaveLength(10_000);
    const index = buildSuggestionIndex({ ...BOARD, notes: [...BOARD.notes, long] });
    const [best] = index.suggestFactors(long.ref);
    expect(best?.factorId).toBe('trafik');
    expect(best?.score).toBeGreaterThan(0);
    expect(best?.score).toBeLessThanOrEqual(1 + 1e-6);
    expect(best?.sharedWords.length).toBeLessThanOrEqual(5);
  });

  it('duplicate references keep one note, chosen the same way in any order', () => {
    const a = note('t1:dup', 'Bussen går sällan');
    const b = note('t1:dup', 'Fältassistenterna i centrum');
    const one = buildSuggestionIndex({ ...BOARD, notes: [...BOARD.notes, a, b] }).suggestFactors('t1:dup');
    const other = buildSuggestionIndex({ ...BOARD, notes: [b, ...BOARD.notes, a] }).suggestFactors('t1:dup');
    expect(one).toEqual(other);
  });
});

/**
 * The note editor's binding of a textarea to a Y.Text, with a small fake textarea (no browser):
 * two tablets typing into one note merge, nobody's caret jumps, and an input method's composition
 * is never rewritten underneath the person.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextareaBinding, type TextareaLike } from '../../client/src/sync/textarea-binding.js';
import { transformIndex, transformRange } from '../../client/src/sync/text-transform.js';
import { mulberry32, randomInt } from '../helpers/seeded.js';

class FakeTextarea implements TextareaLike {
  value = '';
  selectionStart = 0;
  selectionEnd = 0;
  selectionDirection: 'forward' | 'backward' | 'none' | null = 'none';
  scrollTop = 0;
  readonly ownerDocument = { activeElement: this as unknown };
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();

  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((l) => l !== listener),
    );
  }
  fire(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ type } as Event);
  }
  /** What the browser does for a keystroke: replace the selection, move the caret, fire input. */
  type(text: string, fire = true): void {
    const { selectionStart: s, selectionEnd: e } = this;
    this.value = this.value.slice(0, s) + text + this.value.slice(e);
    this.selectionStart = this.selectionEnd = s + text.length;
    if (fire) this.fire('input');
  }
  backspace(): void {
    const s = this.selectionStart;
    if (s === 0) return;
    this.value = this.value.slice(0, s - 1) + this.value.slice(s);
    this.selectionStart = this.selectionEnd = s - 1;
    this.fire('input');
  }
  caret(at: number): void {
    this.selectionStart = this.selectionEnd = at;
  }
}

/** Two replicas of one note whose updates are delivered when `flush` is called (or at once). */
function twoTablets(initial: string, { manual = false } = {}) {
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  docs[0].getText('t').insert(0, initial);
  Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
  const queues: Uint8Array[][] = [[], []];
  docs.forEach((doc, i) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      if (manual) queues[1 - i]!.push(update);
      else Y.applyUpdate(docs[1 - i]!, update, 'remote');
    }),
  );
  const areas = docs.map((doc) => {
    const ta = new FakeTextarea();
    new TextareaBinding(ta, doc.getText('t'), (edit) => doc.transact(edit, 'local'));
    return ta;
  });
  const flush = (to: 0 | 1, count = Infinity) => {
    const queue = queues[to]!;
    for (const update of queue.splice(0, count)) Y.applyUpdate(docs[to], update, 'remote');
  };
  return { docs, a: areas[0]!, b: areas[1]!, flush, text: (i: 0 | 1) => docs[i].getText('t').toString() };
}

describe('text transform', () => {
  it('an insert before the caret moves it, an insert exactly at the caret does not', () => {
    expect(transformIndex(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8);
    expect(transformIndex(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
    expect(transformIndex(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
  });

  it('a deletion around the caret puts it where the deletion started', () => {
    expect(transformIndex(5, [{ retain: 3 }, { delete: 4 }])).toBe(3);
    expect(transformIndex(5, [{ delete: 2 }])).toBe(3);
  });

  it('a range keeps its surviving characters and leaves out text inserted inside it', () => {
    expect(transformRange({ start: 2, end: 6 }, [{ retain: 4 }, { insert: 'XY' }])).toEqual([
      { start: 2, end: 4 },
      { start: 6, end: 8 },
    ]);
    expect(transformRange({ start: 2, end: 6 }, [{ retain: 3 }, { delete: 2 }])).toEqual([
      { start: 2, end: 4 },
    ]);
    expect(transformRange({ start: 2, end: 6 }, [{ insert: 'abc' }])).toEqual([{ start: 5, end: 9 }]);
  });
});

describe('textarea binding', () => {
  it('two tablets typing interleaved at the start and the end both keep their words and their carets', () => {
    const { a, b, text } = twoTablets('Vi träffas varje vecka.');
    a.caret(a.value.length);
    b.caret(0);
    const wordA = ' Det fungerar!';
    const wordB = 'Kort sagt: ';
    for (let i = 0; i < Math.max(wordA.length, wordB.length); i++) {
      if (wordA[i]) a.type(wordA[i]!);
      if (wordB[i]) b.type(wordB[i]!);
    }
    const expected = 'Kort sagt: Vi träffas varje vecka. Det fungerar!';
    expect(text(0)).toBe(expected);
    expect(text(1)).toBe(expected);
    expect(a.value).toBe(expected);
    expect(b.value).toBe(expected);
    // Neither caret jumped: each sits right after what its tablet typed.
    expect(a.selectionStart).toBe(expected.length);
    expect(b.selectionStart).toBe(wordB.length);
  });

  it('two tablets typing at the same spot each keep their word whole', () => {
    const { a, b, text } = twoTablets('ab');
    a.caret(1);
    b.caret(1);
    for (let i = 0; i < 4; i++) {
      a.type('xyzw'[i]!);
      b.type('1234'[i]!);
    }
    expect(text(0)).toBe(text(1));
    expect(text(0)).toMatch(/^a(xyzw1234|1234xyzw)b$/);
    expect(a.value).toBe(text(0));
  });

  it('a selection stays on the same characters while someone else types before it', () => {
    const { a, b } = twoTablets('hello world');
    a.setSelectionRange(6, 11); // "world"
    b.caret(0);
    b.type('Oh, ');
    expect(a.value.slice(a.selectionStart, a.selectionEnd)).toBe('world');
  });

  it('deleting writes only the deletion: text another tablet added meanwhile survives', () => {
    const { a, b, text, flush } = twoTablets('abcdef', { manual: true });
    a.caret(3);
    a.backspace(); // deletes "c"
    b.caret(6);
    b.type('!');
    flush(0);
    flush(1);
    expect(text(0)).toBe('abdef!');
    expect(text(1)).toBe('abdef!');
    expect(a.value).toBe('abdef!');
    expect(b.value).toBe('abdef!');
  });

  it('a remote change during a composition waits until it ends, then both edits are kept', () => {
    const { a, b, text } = twoTablets('Vi ses i morgon.');
    a.caret(8); // after "Vi ses i"
    a.fire('compositionstart');
    a.type(' h', true);
    // Another tablet edits before and after the composing word.
    b.caret(0);
    b.type('Ja! ');
    // The composing textarea was not rewritten underneath the input method.
    expect(a.value).toBe('Vi ses i h morgon.');
    a.type('är', true);
    expect(a.value).toBe('Vi ses i här morgon.');
    a.fire('compositionend');
    expect(text(0)).toBe('Ja! Vi ses i här morgon.');
    expect(text(1)).toBe('Ja! Vi ses i här morgon.');
    expect(a.value).toBe('Ja! Vi ses i här morgon.');
    expect(a.selectionStart).toBe('Ja! Vi ses i här'.length);
  });

  it('a composition that replaced a selection does not delete what arrived inside it', () => {
    const { a, b, text } = twoTablets('one two three');
    a.setSelectionRange(4, 7); // "two"
    a.fire('compositionstart');
    b.caret(5);
    b.type('X'); // inside "two" → "one tXwo three"
    a.type('2', true);
    a.fire('compositionend');
    expect(text(0)).toBe(text(1));
    expect(text(0)).toBe('one 2X three');
    expect(a.value).toBe(text(0));
  });

  it('with random edits and random delivery, every textarea always shows its replica and all converge (seeded)', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const rand = mulberry32(seed);
      const { a, b, flush, text } = twoTablets('Berättelse: ', { manual: true });
      const areas = [a, b] as const;
      for (let step = 0; step < 200; step++) {
        const who = randomInt(rand, 0, 1) as 0 | 1;
        const ta = areas[who];
        const roll = rand();
        if (roll < 0.2) flush(who, randomInt(rand, 1, 3));
        else if (roll < 0.3) ta.backspace();
        else {
          ta.caret(randomInt(rand, 0, ta.value.length));
          ta.type('abcdefghij'[randomInt(rand, 0, 9)]!);
        }
        expect(a.value).toBe(text(0));
        expect(b.value).toBe(text(1));
      }
      flush(0);
      flush(1);
      expect(text(0)).toBe(text(1));
      expect(a.value).toBe(b.value);
    }
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RECORD_ID_LENGTH, newId } from '../../shared/docs/ids.js';
import { Origin } from '../../shared/docs/origins.js';
import { diffText, replaceText } from '../../shared/docs/ytext.js';
import { countUpdates } from './replicas.js';

describe('diffText', () => {
  it('finds the single changed range between two strings', () => {
    expect(diffText('Vi samverkar', 'Vi samverkar brett')).toEqual({
      index: 12,
      deleteCount: 0,
      insert: ' brett',
    });
    expect(diffText('rätt aktör', 'rätt insats')).toEqual({ index: 5, deleteCount: 5, insert: 'insats' });
    expect(diffText('abc', 'abc')).toEqual({ index: 3, deleteCount: 0, insert: '' });
    expect(diffText('aaa', 'aa')).toEqual({ index: 2, deleteCount: 1, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    const diff = diffText('x😀y', 'x😁y');
    expect(diff).toEqual({ index: 1, deleteCount: 2, insert: '😁' });
  });

  it('applying the diff always yields the target string', () => {
    const cases: Array<[string, string]> = [
      ['', 'hej'],
      ['hej', ''],
      ['abcabc', 'abc'],
      ['👍👍', '👍'],
      ['Skövde', 'Skara'],
    ];
    for (const [prev, next] of cases) {
      const { index, deleteCount, insert } = diffText(prev, next);
      expect(prev.slice(0, index) + insert + prev.slice(index + deleteCount)).toBe(next);
    }
  });
});

describe('replaceText', () => {
  it('edits a Y.Text to the target and writes nothing when the text is already equal', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    doc.transact(() => replaceText(text, 'En grupp uttryckte det som'), Origin.local);
    expect(text.toString()).toBe('En grupp uttryckte det som');
    expect(
      countUpdates(doc, () => doc.transact(() => replaceText(text, text.toString()), Origin.local)),
    ).toBe(0);
  });
});

describe('newId', () => {
  it('makes distinct lowercase base-36 ids of the documented length', () => {
    const made = Array.from({ length: 1000 }, newId);
    for (const id of made) expect(id).toMatch(new RegExp(`^[a-z0-9]{${RECORD_ID_LENGTH}}$`));
    expect(new Set(made).size).toBe(made.length);
    expect(RECORD_ID_LENGTH).toBeGreaterThanOrEqual(10);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareOrder,
  isValidOrder,
  lastOrder,
  orderAfter,
  orderBetween,
  orderForInsertAfter,
  orderForMove,
  orderKeysAfter,
  sortByOrder,
} from '../../shared/order.js';

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('order keys', () => {
  it('orderBetween returns a key strictly between its bounds', () => {
    const a = orderAfter(null);
    const b = orderAfter(a);
    const mid = orderBetween(a, b);
    expect(compareOrder(a, mid)).toBe(-1);
    expect(compareOrder(mid, b)).toBe(-1);
  });

  it('orderAfter and orderKeysAfter produce ascending keys', () => {
    const first = orderAfter(null);
    const keys = orderKeysAfter(first, 5);
    expect(keys).toHaveLength(5);
    expect([first, ...keys]).toEqual([first, ...keys].sort(compareOrder));
    expect(new Set(keys).size).toBe(5);
  });

  it('compareOrder compares code units, not locale rules', () => {
    expect(compareOrder('Z', 'a')).toBe(-1);
    expect(compareOrder('a0', 'a0')).toBe(0);
    expect(compareOrder('b', 'a')).toBe(1);
  });

  it('sortByOrder breaks ties by id and does not mutate its input', () => {
    const items = [
      { id: 'c', order: 'a1' },
      { id: 'b', order: 'a0' },
      { id: 'a', order: 'a1' },
    ];
    expect(ids(sortByOrder(items))).toEqual(['b', 'a', 'c']);
    expect(ids(items)).toEqual(['c', 'b', 'a']);
    expect(lastOrder(items)).toBe('a1');
    expect(lastOrder([])).toBeNull();
  });

  it('orderBetween tolerates tied and malformed bounds instead of throwing', () => {
    expect(compareOrder(orderBetween('a1', 'a1'), 'a1')).toBe(-1);
    expect(compareOrder(orderBetween('not a key!', 'a1'), 'a1')).toBe(-1);
    expect(compareOrder(orderBetween('a1', 'bogus'), 'a1')).toBe(1);
    expect(isValidOrder('a1')).toBe(true);
    expect(isValidOrder('')).toBe(false);
  });
});

describe('orderForMove', () => {
  const items = [
    { id: 'p', order: 'a0' },
    { id: 'q', order: 'a1' },
    { id: 'r', order: 'a2' },
  ];
  const placeBefore = (movingId: string, beforeId: string | null) =>
    ids(
      sortByOrder([
        ...items.filter((i) => i.id !== movingId),
        { id: movingId, order: orderForMove(items, movingId, beforeId) },
      ]),
    );

  it('places a record directly before the given neighbour', () => {
    expect(placeBefore('r', 'q')).toEqual(['p', 'r', 'q']);
    expect(placeBefore('r', 'p')).toEqual(['r', 'p', 'q']);
    expect(placeBefore('x', 'q')).toEqual(['p', 'x', 'q', 'r']);
  });

  it('appends when the neighbour is null or no longer present', () => {
    expect(placeBefore('p', null)).toEqual(['q', 'r', 'p']);
    expect(placeBefore('p', 'deleted-elsewhere')).toEqual(['q', 'r', 'p']);
  });

  it('inserting before one of two tied records lands before the tied group', () => {
    const tied = [
      { id: 'p', order: 'a0' },
      { id: 'q', order: 'a1' },
      { id: 'r', order: 'a1' },
    ];
    const order = orderForMove(tied, 'x', 'r');
    expect(ids(sortByOrder([...tied, { id: 'x', order }]))).toEqual(['p', 'x', 'q', 'r']);
  });

  it('orderForInsertAfter places a record after the given one and its ties', () => {
    const order = orderForInsertAfter(items, 'p');
    expect(ids(sortByOrder([...items, { id: 'x', order }]))).toEqual(['p', 'x', 'q', 'r']);
    expect(ids(sortByOrder([...items, { id: 'y', order: orderForInsertAfter(items, null) }]))).toEqual([
      'p',
      'q',
      'r',
      'y',
    ]);
  });
});

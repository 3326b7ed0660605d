import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicalJson } from '../../shared/docs/canonical.js';
import { REMOTE, replica, syncAll } from './replicas.js';

describe('canonicalJson', () => {
  it('prints converged replicas identically although their map key order differs', () => {
    const one = replica(1);
    const two = replica(2);
    one.getMap('m').set('b', 1);
    two.getMap('m').set('a', { z: 1, y: [new Uint8Array([1, 2])] });
    one.getMap('m').set('c', new Y.Text('hej'));
    syncAll(one, two);
    expect(Object.keys(one.getMap('m').toJSON())).not.toEqual(Object.keys(two.getMap('m').toJSON()));
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(canonicalJson(one)).toBe('{"m":{"a":{"y":[[1,2]],"z":1},"b":1,"c":"hej"}}');
  });

  it('renders roots a replica never requested the same as roots it did, and leaves out empty roots', () => {
    const source = replica(1);
    source.getMap('map').set('k', 'v');
    source.getText('text').insert(0, 'Förverkliga');
    source.getArray('list').push([1, 'två']);
    source.getMap('empty');
    const received = replica(2);
    Y.applyUpdate(received, Y.encodeStateAsUpdate(source), REMOTE);
    expect(canonicalJson(received)).toBe(canonicalJson(source));
    expect(canonicalJson(source)).toBe('{"list":[1,"två"],"map":{"k":"v"},"text":"Förverkliga"}');
  });

  it('differs when the content differs', () => {
    const one = replica(1);
    const two = replica(2);
    one.getMap('m').set('a', 1);
    two.getMap('m').set('a', 2);
    expect(canonicalJson(one)).not.toBe(canonicalJson(two));
  });
});

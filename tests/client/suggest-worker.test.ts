/**
 * The suggestion worker's protocol, both ends without a real Worker: the worker's handler (fed a fake
 * engine) and the page's client (talking to a fake worker that runs that handler).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  FactorSuggestion,
  SuggestInput,
  SuggestionIndex,
  SuggestNote,
} from '../../shared/suggest/types.js';
import { createSuggestClient, type SuggestWorker } from '../../client/src/features/suggest/suggest-client.js';
import {
  createSuggestHandler,
  TOP_FACTORS,
  type BuildIndex,
  type FromWorker,
  type ToWorker,
} from '../../client/src/features/suggest/suggest-protocol.js';

const note = (ref: string, factorId: string | null, text = ref): SuggestNote => ({
  ref,
  text,
  tableId: 't1',
  phaseId: 'p1',
  questionId: null,
  factorId,
});

const input = (notes: SuggestNote[], factors = ['f1', 'f2', 'f3', 'f4']): SuggestInput => ({
  language: 'sv',
  notes,
  factors: factors.map((id) => ({ id, title: id, narrative: '' })),
});

/** A fake engine: suggests every factor in input order, scored by position; groups = unplaced notes. */
const fakeBuild: BuildIndex = (given) => {
  if (given.notes.some((n) => n.text === 'boom')) throw new Error('engine failed');
  return {
    suggestFactors: (ref, limit = 3) =>
      given.factors
        .slice(0, limit)
        .map((f, i) => ({ factorId: f.id, score: 1 - i / 10, sharedWords: [ref] })),
    similarNotes: (ref, limit = 5) =>
      given.notes
        .filter((n) => n.ref !== ref)
        .slice(0, limit)
        .map((n) => ({ ref: n.ref, score: 0.5, sharedWords: ['ord'] })),
    suggestGroups: () => [
      {
        id: 'g1',
        refs: given.notes.filter((n) => n.factorId === null).map((n) => n.ref),
        title: 'Grupp',
        sharedWords: ['ord'],
      },
    ],
  } satisfies SuggestionIndex;
};

describe('suggest worker handler', () => {
  it('leaves out answers that share no word with the note, unless a sentence model finds them close', () => {
    const scored = (score: number, sharedWords: string[]) => ({ score, sharedWords });
    const build: BuildIndex = () => ({
      suggestFactors: () => [
        { factorId: 'f1', ...scored(0.4, ['tolkar']) },
        { factorId: 'f2', ...scored(0.7, []) },
        { factorId: 'f3', ...scored(0.01, []) },
      ],
      similarNotes: () => [
        { ref: 'b', ...scored(0.3, ['barnen']) },
        { ref: 'c', ...scored(0.2, []) },
      ],
      suggestGroups: () => [],
    });
    const words = createSuggestHandler(build);
    const board = input([note('a', null)]);
    expect(words({ type: 'input', version: 1, input: board })).toEqual({
      type: 'factors',
      version: 1,
      entries: [['a', [{ factorId: 'f1', ...scored(0.4, ['tolkar']) }]]],
    });
    expect(words({ type: 'similar', id: 1, ref: 'a', limit: 5 })).toEqual({
      type: 'similar',
      id: 1,
      notes: [{ ref: 'b', ...scored(0.3, ['barnen']) }],
    });

    const withModel = createSuggestHandler(build);
    const vectors = new Map([['a', new Float32Array([1, 0])]]);
    const answer = withModel({ type: 'input', version: 1, input: { ...board, vectors } });
    expect(answer.type === 'factors' && answer.entries[0]![1].map((s) => s.factorId)).toEqual(['f1', 'f2']);
  });

  it('answers a new board with the top three factors of every unplaced note, and of no placed one', () => {
    const handle = createSuggestHandler(fakeBuild);
    const answer = handle({ type: 'input', version: 1, input: input([note('a', null), note('b', 'f1')]) });
    expect(answer.type).toBe('factors');
    if (answer.type !== 'factors') return;
    expect(answer.version).toBe(1);
    expect(answer.entries.map(([ref]) => ref)).toEqual(['a']);
    expect(answer.entries[0]![1].map((s) => s.factorId)).toEqual(['f1', 'f2', 'f3']);
    expect(answer.entries[0]![1]).toHaveLength(TOP_FACTORS);
  });

  it('answers no suggestions while the board has no factors', () => {
    const handle = createSuggestHandler(fakeBuild);
    const answer = handle({ type: 'input', version: 1, input: input([note('a', null)], []) });
    expect(answer).toEqual({ type: 'factors', version: 1, entries: [] });
  });

  it('answers similar-notes and groups requests with their request ids, from the latest board', () => {
    const handle = createSuggestHandler(fakeBuild);
    handle({ type: 'input', version: 1, input: input([note('a', null), note('b', null)]) });
    handle({ type: 'input', version: 2, input: input([note('a', null), note('c', 'f1')]) });
    expect(handle({ type: 'similar', id: 7, ref: 'a', limit: 5 })).toEqual({
      type: 'similar',
      id: 7,
      notes: [{ ref: 'c', score: 0.5, sharedWords: ['ord'] }],
    });
    expect(handle({ type: 'groups', id: 8, options: {} })).toEqual({
      type: 'groups',
      id: 8,
      groups: [{ id: 'g1', refs: ['a'], title: 'Grupp', sharedWords: ['ord'] }],
    });
  });

  it('answers requests before any board with nothing', () => {
    const handle = createSuggestHandler(fakeBuild);
    expect(handle({ type: 'similar', id: 1, ref: 'a', limit: 5 })).toEqual({
      type: 'similar',
      id: 1,
      notes: [],
    });
    expect(handle({ type: 'groups', id: 2, options: {} })).toEqual({ type: 'groups', id: 2, groups: [] });
  });

  it('turns an engine error into an error answer and forgets the stale index', () => {
    const handle = createSuggestHandler(fakeBuild);
    handle({ type: 'input', version: 1, input: input([note('a', null), note('b', null)]) });
    const failed = handle({ type: 'input', version: 2, input: input([note('a', null, 'boom')]) });
    expect(failed).toEqual({ type: 'error', id: null, version: 2, message: 'engine failed' });
    expect(handle({ type: 'similar', id: 3, ref: 'a', limit: 5 })).toEqual({
      type: 'similar',
      id: 3,
      notes: [],
    });
  });
});

/** A worker that runs the real handler on the fake engine, answering asynchronously like a Worker. */
function fakeWorker(build: BuildIndex = fakeBuild) {
  const handle = createSuggestHandler(build);
  const sent: ToWorker[] = [];
  let terminated = false;
  const worker: SuggestWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      sent.push(message);
      const answer = handle(structuredClone(message));
      setTimeout(() => {
        if (!terminated) worker.onmessage?.({ data: answer } as MessageEvent<FromWorker>);
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, sent, isTerminated: () => terminated };
}

describe('suggest client', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('posts the first board at once and shows the answer as suggestions per unplaced note', async () => {
    const fake = fakeWorker();
    const client = createSuggestClient(() => fake.worker);
    let renders = 0;
    client.subscribe(() => renders++);
    client.update(input([note('a', null), note('b', 'f1')]));
    expect(fake.sent.map((m) => m.type)).toEqual(['input']);
    expect(client.getState()).toMatchObject({ ready: false, pending: true });
    await vi.runAllTimersAsync();
    const state = client.getState();
    expect(state).toMatchObject({ ready: true, pending: false, failed: false });
    expect(state.suggestions.get('a')!.map((s: FactorSuggestion) => s.factorId)).toEqual(['f1', 'f2', 'f3']);
    expect(state.suggestions.has('b')).toBe(false);
    expect(renders).toBeGreaterThan(0);
  });

  it('keeps a note’s suggestion list when a new answer suggests the same', async () => {
    const fake = fakeWorker();
    const client = createSuggestClient(() => fake.worker);
    client.update(input([note('a', null), note('b', null)]));
    await vi.runAllTimersAsync();
    const before = client.getState().suggestions.get('a');
    client.update(input([note('a', null), note('b', 'f1')]));
    await vi.runAllTimersAsync();
    expect(fake.sent.filter((m) => m.type === 'input')).toHaveLength(2);
    expect(client.getState().suggestions.get('a')).toBe(before);
    expect(client.getState().suggestions.has('b')).toBe(false);
  });

  it('sends a waiting board before a request, so the request is answered from the current board', async () => {
    const fake = fakeWorker();
    const client = createSuggestClient(() => fake.worker);
    client.update(input([note('a', null)]));
    client.update(input([note('a', null), note('z', null)]));
    const similar = client.similar('a');
    expect(fake.sent.map((m) => m.type)).toEqual(['input', 'input', 'similar']);
    await vi.runAllTimersAsync();
    expect((await similar).map((n) => n.ref)).toEqual(['z']);
    const groups = client.groups();
    await vi.runAllTimersAsync();
    expect((await groups).map((g) => g.refs)).toEqual([['a', 'z']]);
  });

  it('answers requests with nothing before any board was posted', async () => {
    const fake = fakeWorker();
    const client = createSuggestClient(() => fake.worker);
    await expect(client.similar('a')).resolves.toEqual([]);
    await expect(client.groups()).resolves.toEqual([]);
    expect(fake.sent).toEqual([]);
  });

  it('shows no suggestions and logs once when the engine throws, and recovers on the next good board', async () => {
    const fake = fakeWorker();
    const log = vi.fn();
    const client = createSuggestClient(() => fake.worker, log);
    client.update(input([note('a', null)]));
    await vi.runAllTimersAsync();
    client.update(input([note('a', null, 'boom')]));
    await vi.runAllTimersAsync();
    expect(client.getState()).toMatchObject({ failed: true });
    expect(client.getState().suggestions.size).toBe(0);
    client.update(input([note('a', null, 'boom'), note('b', null, 'boom')]));
    await vi.runAllTimersAsync();
    expect(log).toHaveBeenCalledTimes(1);
    client.update(input([note('a', null)]));
    await vi.runAllTimersAsync();
    expect(client.getState()).toMatchObject({ failed: false, ready: true });
    expect(client.getState().suggestions.size).toBe(1);
  });

  it('gives up on a worker that fails to load: no suggestions, open requests answered empty, no respawn', async () => {
    const spawned: SuggestWorker[] = [];
    const log = vi.fn();
    const silent: SuggestWorker = {
      onmessage: null,
      onerror: null,
      postMessage: () => {},
      terminate: () => {},
    };
    const client = createSuggestClient(() => {
      spawned.push(silent);
      return silent;
    }, log);
    client.update(input([note('a', null)]));
    const similar = client.similar('a');
    silent.onerror?.({ message: 'blocked by CSP', preventDefault: () => {} } as ErrorEvent);
    await expect(similar).resolves.toEqual([]);
    expect(client.getState()).toMatchObject({ failed: true, pending: false });
    client.update(input([note('b', null)]));
    await vi.runAllTimersAsync();
    expect(spawned).toHaveLength(1);
    expect(log).toHaveBeenCalledWith('blocked by CSP');
  });

  it('stops the worker on dispose and starts a new one, with the board again, on the next update', async () => {
    const fakes: ReturnType<typeof fakeWorker>[] = [];
    const client = createSuggestClient(() => {
      const fake = fakeWorker();
      fakes.push(fake);
      return fake.worker;
    });
    const board = input([note('a', null)]);
    client.update(board);
    client.dispose();
    expect(fakes[0]!.isTerminated()).toBe(true);
    client.update(board);
    expect(fakes).toHaveLength(2);
    expect(fakes[1]!.sent.map((m) => m.type)).toEqual(['input']);
    await vi.runAllTimersAsync();
    expect(client.getState().ready).toBe(true);
  });
});

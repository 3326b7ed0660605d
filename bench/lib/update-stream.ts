/**
 * A tiny pre-generated stream of real Yjs updates per load client: the first creates a note with the
 * table document's own module (so the server stores realistic structure), each further one types one
 * character at the end of that note. Generated before the measured window, so making them costs the
 * load generator nothing while it measures.
 */
import * as Y from 'yjs';
import { addNote, noteText } from '../../shared/docs/table-doc.js';
import { firstStructId } from './wire.js';

const TYPED = 'Vi lyckas när vi samverkar över gränserna och tar tillvara det som redan fungerar. ';

export class UpdateStream {
  readonly updates: Uint8Array[] = [];
  /** Clock of each update's first struct: what a receiver sees to identify it. */
  readonly clocks: number[] = [];

  private constructor(readonly clientId: number) {}

  static generate(clientId: number, count: number): UpdateStream {
    const stream = new UpdateStream(clientId);
    const doc = new Y.Doc();
    doc.clientID = clientId;
    doc.on('update', (update: Uint8Array) => stream.push(update));
    const noteId = addNote(doc, { phaseId: 'discover', questionId: null, kind: 'story' }, undefined, 0);
    const text = noteText(doc, noteId)!;
    for (let i = 1; i < count; i++) text.insert(text.length, TYPED[i % TYPED.length]!);
    doc.destroy();
    return stream;
  }

  /** Wraps updates made elsewhere (the late-join seeding writes whole notes). */
  static of(clientId: number, updates: Uint8Array[]): UpdateStream {
    const stream = new UpdateStream(clientId);
    for (const u of updates) stream.push(u);
    return stream;
  }

  private push(update: Uint8Array): void {
    const id = firstStructId(update);
    if (!id) throw new Error('generated an update without structs');
    this.updates.push(update);
    this.clocks.push(id.clock);
  }

  get length(): number {
    return this.updates.length;
  }

  /** Number of struct clocks the first `n` updates cover (what a state vector shows once stored). */
  clockAfter(n: number): number {
    if (n <= 0) return 0;
    return n < this.clocks.length ? this.clocks[n]! : this.clocks[n - 1]! + 1;
  }
}

/**
 * Send times of every update, by client id and clock, so any receiver can compute its latency from
 * the `(client, clock)` it reads off the wire.
 */
export class SentRegistry {
  private readonly byClient = new Map<number, Float64Array>();

  register(stream: UpdateStream): void {
    const size = stream.clocks[stream.clocks.length - 1]! + 1;
    this.byClient.set(stream.clientId, new Float64Array(size).fill(NaN));
  }

  markSent(clientId: number, clock: number, at: number): void {
    const times = this.byClient.get(clientId);
    if (times && clock < times.length) times[clock] = at;
  }

  sentAt(clientId: number, clock: number): number | undefined {
    const t = this.byClient.get(clientId)?.[clock];
    return t === undefined || Number.isNaN(t) ? undefined : t;
  }
}

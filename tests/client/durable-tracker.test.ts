import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DurableTracker } from '../../client/src/sync/durable-tracker.js';

const FROM_SERVER = Symbol('server');

/** A client doc with a tracker, plus a "server" doc the test delivers to by hand. */
function setup() {
  const client = new Y.Doc();
  const server = new Y.Doc();
  const tracker = new DurableTracker(client, { isServerOrigin: (origin) => origin === FROM_SERVER });
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_SERVER) updates.push(update);
  });
  /** What the server has stored, as the state vector its sync step 1 would carry. */
  const serverStateVector = () => Y.encodeStateVector(server);
  /** Stores the client's queued updates on the server (as if they had arrived). */
  const deliver = () => {
    for (const update of updates.splice(0)) Y.applyUpdate(server, update);
  };
  return { client, server, tracker, serverStateVector, deliver };
}

describe('DurableTracker', () => {
  it('a change sent as an update is pending until the ack counts its message', () => {
    const { client, tracker } = setup();
    tracker.connectionOpened();
    client.getMap('notes').set('a', 'hej');
    tracker.writeSent('update');
    expect(tracker.pendingCount()).toBe(1);
    expect(tracker.isSaved()).toBe(false);
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(0);
    expect(tracker.isSaved()).toBe(true);
  });

  it('an ack covers only the messages it counts, not later ones', () => {
    const { client, tracker } = setup();
    tracker.connectionOpened();
    client.getMap('notes').set('a', 1);
    tracker.writeSent('update');
    client.getMap('notes').set('b', 2);
    tracker.writeSent('update');
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(1);
    tracker.ack(2);
    expect(tracker.pendingCount()).toBe(0);
  });

  it('a delete-only change, invisible to state vectors, is saved only by its ack', () => {
    const { client, tracker, serverStateVector, deliver } = setup();
    tracker.connectionOpened();
    const notes = client.getMap('notes');
    notes.set('a', 'x');
    tracker.writeSent('update');
    tracker.ack(1);
    deliver();
    notes.delete('a');
    tracker.writeSent('update');
    expect(tracker.pendingCount()).toBe(1);
    // The server's state vector already covers every struct; only the count can settle a deletion.
    tracker.serverUpdate(Y.encodeStateAsUpdate(client));
    tracker.serverStateVector(serverStateVector());
    expect(tracker.pendingCount()).toBe(1);
    tracker.ack(2);
    expect(tracker.isSaved()).toBe(true);
  });

  it('changes made offline go out in the next step 2 and are saved by its ack', () => {
    const { client, tracker, serverStateVector } = setup();
    client.getMap('notes').set('a', 1);
    client.getMap('notes').set('b', 2);
    client.getMap('notes').delete('a');
    expect(tracker.pendingCount()).toBe(3);
    // An ack for more than was sent on this connection covers nothing that was not sent.
    tracker.connectionOpened();
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(3);
    tracker.serverStateVector(serverStateVector());
    tracker.writeSent('step2');
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(0);
  });

  it('an update sent before the step 2 carries only its own change, not older offline ones', () => {
    const { client, tracker } = setup();
    client.getMap('notes').set('offline', 1);
    tracker.connectionOpened();
    client.getMap('notes').set('online', 2);
    tracker.writeSent('update'); // message 1: only "online"
    tracker.writeSent('step2'); // message 2: everything
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(1);
    tracker.ack(2);
    expect(tracker.pendingCount()).toBe(0);
  });

  it('a change in flight when the socket closes stays pending and is resent in the next step 2', () => {
    const { client, tracker } = setup();
    tracker.connectionOpened();
    client.getMap('notes').delete('nothing'); // no-op: Yjs emits no update, nothing to track
    client.getMap('notes').set('a', 1);
    tracker.writeSent('update');
    tracker.connectionClosed();
    expect(tracker.pendingCount()).toBe(1);
    tracker.connectionOpened();
    // Acks restart from 1 on the new connection; the old message number means nothing here.
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(1);
    tracker.writeSent('step2');
    tracker.ack(2);
    expect(tracker.pendingCount()).toBe(0);
  });

  it("the server's step 1 state vector settles changes it stored before the connection dropped", () => {
    const { client, tracker, serverStateVector, deliver } = setup();
    tracker.connectionOpened();
    client.getMap('notes').set('a', 1);
    tracker.writeSent('update');
    deliver(); // stored, but the ack was lost with the connection
    tracker.connectionClosed();
    tracker.connectionOpened();
    tracker.serverStateVector(serverStateVector());
    expect(tracker.isSaved()).toBe(true);
  });

  it('a step 1 state vector that lacks the change leaves it pending', () => {
    const { client, tracker, serverStateVector } = setup();
    client.getMap('notes').set('a', 1);
    tracker.connectionOpened();
    tracker.serverStateVector(serverStateVector());
    expect(tracker.pendingCount()).toBe(1);
  });

  it('updates from the server never count as local changes', () => {
    const { client, tracker } = setup();
    const other = new Y.Doc();
    other.getMap('notes').set('theirs', 1);
    const update = Y.encodeStateAsUpdate(other);
    tracker.connectionOpened();
    tracker.serverUpdate(update);
    Y.applyUpdate(client, update, FROM_SERVER);
    expect(tracker.isSaved()).toBe(true);
  });

  it('an ack received while disconnected is ignored', () => {
    const { client, tracker } = setup();
    tracker.connectionOpened();
    client.getMap('notes').set('a', 1);
    tracker.writeSent('update');
    tracker.connectionClosed();
    tracker.ack(1);
    expect(tracker.pendingCount()).toBe(1);
  });

  it('restored content that the remembered state vector covers is not pending after a reload', () => {
    const first = setup();
    first.tracker.connectionOpened();
    first.client.getMap('notes').set('a', 'saved');
    first.tracker.writeSent('update');
    first.tracker.ack(1);
    const memory = first.tracker.remembered();
    expect(memory.unsavedDeletes).toBe(false);

    // Reload: a fresh doc (new clientID) gets the local copy, then the remembered vector.
    const second = setup();
    Y.applyUpdate(second.client, Y.encodeStateAsUpdate(first.client), 'indexeddb');
    expect(second.tracker.pendingCount()).toBe(1);
    second.tracker.restore(memory);
    expect(second.tracker.isSaved()).toBe(true);
  });

  it('a remembered unsaved deletion keeps restored content pending until a step 2 is acked', () => {
    const first = setup();
    first.tracker.connectionOpened();
    first.client.getMap('notes').set('a', 1);
    first.tracker.writeSent('update');
    first.tracker.ack(1);
    first.tracker.connectionClosed();
    first.client.getMap('notes').delete('a'); // offline deletion
    const memory = first.tracker.remembered();
    expect(memory.unsavedDeletes).toBe(true);

    const second = setup();
    Y.applyUpdate(second.client, Y.encodeStateAsUpdate(first.client), 'indexeddb');
    second.tracker.restore(memory);
    expect(second.tracker.pendingCount()).toBe(1);
    second.tracker.connectionOpened();
    second.tracker.writeSent('step2');
    second.tracker.ack(1);
    expect(second.tracker.isSaved()).toBe(true);
  });

  it('notifies subscribers when the pending count changes', () => {
    const { client, tracker } = setup();
    const seen: number[] = [];
    tracker.subscribe(() => seen.push(tracker.pendingCount()));
    tracker.connectionOpened();
    client.getMap('notes').set('a', 1);
    tracker.writeSent('update');
    tracker.ack(1);
    expect(seen).toEqual([1, 0]);
  });
});

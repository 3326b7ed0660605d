import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../helpers/in-process.js';
import { createFixture, type Fixture } from '../helpers/api.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';
import { canonicalJson } from '../../shared/docs/canonical.js';

describe('sync through the server', () => {
  let server: TestServer;
  let fx: Fixture;
  const clients: YClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createFixture(server.url, 1);
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await server.close();
  });

  it('two unmodified y-websocket clients on one table doc converge, and a late joiner gets everything', async () => {
    const table = fx.tables[0]!;
    const a = connectYClient(server.wsUrl, table.docName, table.token);
    const b = connectYClient(server.wsUrl, table.docName, table.token);
    clients.push(a, b);
    await Promise.all([waitSynced(a), waitSynced(b)]);

    a.doc.getText('t').insert(0, 'hej från A. ');
    b.doc.getText('t').insert(0, 'hej från B. ');
    b.doc.getMap('m').set('x', 1);
    await waitFor(
      () => a.doc.getText('t').length === b.doc.getText('t').length && a.doc.getMap('m').get('x') === 1,
      'convergence',
    );
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    expect(canonicalJson(a.doc)).toBe(canonicalJson(b.doc));

    const late = connectYClient(server.wsUrl, table.docName, table.token);
    clients.push(late);
    await waitSynced(late);
    await waitFor(() => late.doc.getText('t').length === a.doc.getText('t').length, 'late join');
    expect(canonicalJson(late.doc)).toBe(canonicalJson(a.doc));
    expect(late.doc.getText('t').toString()).toContain('hej från A.');
    expect(late.doc.getText('t').toString()).toContain('hej från B.');
  });

  it('acknowledges each write as durable, counting from one per connection', async () => {
    const table = fx.tables[0]!;
    const c = connectYClient(server.wsUrl, table.docName, table.token, { acks: true });
    clients.push(c);
    await waitSynced(c);
    // The sync step 2 sent on connect is the first write message.
    await waitFor(() => c.acked() >= 1, 'first ack');
    const before = c.acked();
    c.doc.getText('t').insert(0, 'x');
    c.doc.getText('t').delete(0, 1);
    await waitFor(() => c.acked() === before + 2, 'acks for an insert and a delete');
  });
});

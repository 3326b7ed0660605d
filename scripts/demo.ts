/**
 * `npm run demo`: creates a demo event on a running server — the seed report's topic, five tables of
 * West Swedish municipalities, a few notes per table — and prints the links and join codes.
 *
 *   DEMO_URL=http://localhost:8080 npm run demo
 */
import type { CreateEventResponse, CreateTableResponse, JoinResponse } from '../shared/api.js';
import { readEvent } from '../shared/docs/event-doc.js';
import { addNote, type NoteKind } from '../shared/docs/table-doc.js';
import { formatJoinCode } from '../shared/protocol.js';
import { apiCall } from './lib/http-api.js';
import { connectYClient, waitSynced } from './lib/node-client.js';

const baseUrl = (process.env.DEMO_URL ?? `http://localhost:${process.env.PORT ?? 8080}`).replace(/\/$/, '');
const wsUrl = baseUrl.replace(/^http/, 'ws');

const TABLES: { name: string; organisations: string[]; notes: [NoteKind, string][] }[] = [
  {
    name: 'Bord 1',
    organisations: ['Alingsås', 'Borås', 'Herrljunga'],
    notes: [
      ['quote', 'Integration är en del av den kommunala verksamheten.'],
      ['story', 'När kommunledningen såg nyanlända som en resurs fick vi både tid och budget.'],
    ],
  },
  {
    name: 'Bord 2',
    organisations: ['Göteborg', 'Kungälv', 'Tjörn'],
    notes: [
      ['quote', 'Ett skelett som bygger organisationen ger tydlighet i strukturer och föder flexibilitet.'],
      ['idea', 'En samordnande funktion på strategisk nivå som ansvarar för omvärldsbevakning.'],
    ],
  },
  {
    name: 'Bord 3',
    organisations: ['Lidköping', 'Skara', 'Vara'],
    notes: [
      ['quote', 'Rätt insats av rätt aktör i rätt tid.'],
      ['note', 'Tydliga avtal mellan kommunen och bostadsbolagen.'],
    ],
  },
  {
    name: 'Bord 4',
    organisations: ['Mariestad', 'Skövde', 'Tibro', 'Töreboda'],
    notes: [
      ['quote', 'Prioritera både formella och informella nätverk.'],
      ['story', 'Civilsamhället kan runda hörn på ett annat sätt än en kommun.'],
    ],
  },
  {
    name: 'Bord 5',
    organisations: ['Uddevalla', 'Vänersborg', 'Åmål', 'Strömstad'],
    notes: [
      ['quote', 'Konkret vägledning i början skapar trygghet och gör att individen får ett sammanhang.'],
      ['idea', 'Gemensamma mål och arbetssätt över förvaltningsgränserna.'],
    ],
  },
];

const post = <T>(path: string, body: unknown, token?: string): Promise<T> =>
  apiCall<T>(baseUrl, 'POST', path, body, token);

async function main(): Promise<void> {
  const event = await post<CreateEventResponse>('/api/events', {
    title: 'Framgångsfaktorer – nyanländas etablering',
    organiser: 'Länsstyrelsen (demo)',
    date: new Date().toISOString().slice(0, 10),
    language: 'sv',
  });

  // The first phase's first question, read from the event document as a tablet would.
  const eventClient = connectYClient(wsUrl, `event.${event.eventId}`, event.facilitatorToken);
  await waitSynced(eventClient);
  const phase = readEvent(eventClient.doc).phases[0];
  eventClient.destroy();

  const lines: string[] = [];
  for (const table of TABLES) {
    const created = await post<CreateTableResponse>(
      `/api/events/${event.eventId}/tables`,
      { name: table.name, organisations: table.organisations },
      event.facilitatorToken,
    );
    const joined = await post<JoinResponse>('/api/join', { code: created.joinCode });
    if (phase) {
      const client = connectYClient(wsUrl, created.docName, joined.token, { acks: true });
      await waitSynced(client);
      for (const [kind, text] of table.notes) {
        addNote(client.doc, {
          phaseId: phase.id,
          questionId: phase.questions[0]?.id ?? null,
          kind,
          text,
          lifted: kind === 'quote',
        });
      }
      // Wait for the durable acks (step 2 on connect + one per note) before leaving.
      const deadline = Date.now() + 5000;
      while (client.acked() < table.notes.length + 1 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      client.destroy();
    }
    lines.push(
      `  ${table.name.padEnd(8)} ${formatJoinCode(created.joinCode)}   ${table.organisations.join(', ')}`,
    );
  }

  console.log(`
Demo event created: ${event.eventId}

Facilitator (keep secret):  ${event.facilitatorUrl}
Projector:                  ${event.projectorUrl}
Join a table:               ${baseUrl}/join  — codes:
${lines.join('\n')}
`);
}

main().catch((error: unknown) => {
  console.error(
    `Demo failed: ${(error as Error).message}\nIs the server running at ${baseUrl}? Start it with npm start.`,
  );
  process.exit(1);
});

/**
 * An event in the shape of the seed report (../shared/seed): its seven success factors in order, a
 * few of its verbatim quotes under each, its 29 municipalities at seven tables, an introduction and
 * the county board's reflections — written through the real API and real Yjs clients.
 */
import { api } from './api.js';
import type { CreateEventResponse, CreateTableResponse, JoinResponse } from '../../shared/api.js';
import { readEvent } from '../../shared/docs/event-doc.js';
import { addNote } from '../../shared/docs/table-doc.js';
import {
  createFactor,
  moveNote,
  setExcerpt,
  setNarrative,
  setReflections,
  setReportIntro,
} from '../../shared/docs/board-doc.js';
import { noteRef } from '../../shared/docs/board-schema.js';
import { connectYClient, waitFor, waitSynced, type YClient } from './yclient.js';

export const SEED_MUNICIPALITIES = [
  'Alingsås',
  'Bengtsfors',
  'Bollebygd',
  'Borås',
  'Essunga',
  'Grästorp',
  'Gullspång',
  'Göteborg',
  'Herrljunga',
  'Hjo',
  'Kungälv',
  'Lerum',
  'Lidköping',
  'Mariestad',
  'Skara',
  'Skövde',
  'Sotenäs',
  'Strömstad',
  'Svenljunga',
  'Tibro',
  'Tidaholm',
  'Tjörn',
  'Tranemo',
  'Töreboda',
  'Uddevalla',
  'Vara',
  'Vårgårda',
  'Vänersborg',
  'Åmål',
];

export const SEED_FACTORS: { title: string; narrative: string; quotes: string[] }[] = [
  {
    title: 'En organisatorisk och politisk vilja',
    narrative: 'Mottagandet behöver prioriteras och ses som en del av kommunens ordinarie verksamhet.',
    quotes: [
      'Integration är en del av den kommunala verksamheten, mottagande av nyanlända är en del av kommunens ordinarie verksamhet i en globaliserad värld.',
      'Vi lever i en globaliserad värld.',
    ],
  },
  {
    title: 'En kommunövergripande struktur',
    narrative: 'En tydlig struktur definierar roller och ansvar och ger tydlighet i arbetssätt.',
    quotes: [
      'Ett skelett som bygger organisationen ger tydlighet i strukturer och föder flexibilitet.',
      'Verksamheter som ska kunna växa och krympa har enklare för det om det finns en tydlig bas, en ryggrad.',
      'Man behöver se vem som kan göra vad.',
    ],
  },
  {
    title: 'Att frågor hanteras på rätt nivå av rätt aktör',
    narrative: 'Vem kan påverka och vems är ansvaret?',
    quotes: [
      'Rätt insats av rätt aktör i rätt tid.',
      'Konkret vägledning i början skapar trygghet och gör att individen får ett sammanhang.',
    ],
  },
  {
    title: 'Fokus på samverkan internt och externt',
    narrative: 'Samverkan brett med civilsamhället, näringslivet, statliga myndigheter och andra kommuner.',
    quotes: [
      'Prioritera både formella och informella nätverk.',
      'Det behövs en kraftsamling från alla parter.',
    ],
  },
  {
    title: 'Ett långsiktigt och strukturerat arbetssätt',
    narrative: 'Att tänka och arbeta långsiktigt och att tidigt identifiera vilka behov som finns.',
    quotes: [
      'Tidig kartläggning och vägledning är framgångsfaktorer.',
      'Kombinera sfi med praktik eller arbete.',
    ],
  },
  {
    title: 'En kunskapsbaserad bas',
    narrative: 'Omvärldsbevakning, kommunikation och bevarande av kompetens.',
    quotes: ['Detta för att också bevara det som sitter i väggarna.'],
  },
  {
    title: 'Ett inkluderande förhållningssätt',
    narrative: 'Dialog mellan nyanlända, kommuninvånare och politiker.',
    quotes: ['Vi måste lära oss att leva ihop.', 'Glöm inte barnen och att synliggöra barnens integration!'],
  },
];

export const SEED_INTRO =
  'Länsstyrelsen anordnade två dialogdagar med fokus på erfarenhets- och kunskapsutbyte mellan kommunrepresentanter.';
export const SEED_REFLECTIONS =
  'Länsstyrelsen har sett ett stort värde i att lyssna in vad kommuner i länet har för erfarenheter av mottagandet av nyanlända.';

export interface SeedFixture {
  event: CreateEventResponse;
  tables: (CreateTableResponse & { token: string })[];
  clients: YClient[];
}

/** Builds the seed-shaped event; `extraNotes` are written at the first table and placed on factor 1. */
export async function createSeedFixture(
  baseUrl: string,
  wsUrl: string,
  extraNotes: string[] = [],
): Promise<SeedFixture> {
  const created = await api<CreateEventResponse>(baseUrl, 'POST', '/api/events', {
    title: 'Framgångsfaktorer – Nyanländas etablering',
    organiser: 'Länsstyrelsen Västra Götaland',
    date: '2019-05-14',
  });
  const event = created.body;
  const tables: SeedFixture['tables'] = [];
  for (let i = 0; i < 7; i++) {
    const organisations = SEED_MUNICIPALITIES.filter((_, m) => m % 7 === i);
    const t = await api<CreateTableResponse>(
      baseUrl,
      'POST',
      `/api/events/${event.eventId}/tables`,
      { name: `Bord ${i + 1}`, organisations },
      event.facilitatorToken,
    );
    const j = await api<JoinResponse>(baseUrl, 'POST', '/api/join', { code: t.body.joinCode });
    tables.push({ ...t.body, token: j.body.token });
  }
  const clients: YClient[] = [];
  const eventClient = connectYClient(wsUrl, `event.${event.eventId}`, event.facilitatorToken);
  clients.push(eventClient);
  await waitSynced(eventClient);
  const phase = readEvent(eventClient.doc).phases[0]!;

  const tableClients = tables.map((t) => connectYClient(wsUrl, t.docName, t.token, { acks: true }));
  clients.push(...tableClients);
  await Promise.all(tableClients.map((c) => waitSynced(c)));
  const board = connectYClient(wsUrl, `board.${event.eventId}`, event.facilitatorToken, { acks: true });
  clients.push(board);
  await waitSynced(board);

  // Each op below is one transaction, hence one update message; count them to wait for every ack.
  const tableWrites = tables.map(() => 0);
  let boardWrites = 0;
  const factorIds: string[] = [];
  let n = 0;
  for (const factor of SEED_FACTORS) {
    const factorId = createFactor(board.doc, factor.title);
    factorIds.push(factorId);
    setNarrative(board.doc, factorId, factor.narrative);
    boardWrites += 2;
    for (const quote of factor.quotes) {
      const ti = n++ % tables.length;
      const questionId = phase.questions[0]?.id ?? null;
      const noteId = addNote(tableClients[ti]!.doc, {
        phaseId: phase.id,
        questionId,
        kind: 'quote',
        text: quote,
        lifted: true,
      });
      tableWrites[ti]!++;
      moveNote(board.doc, noteRef(tables[ti]!.tableId, noteId), factorId, null);
      boardWrites++;
    }
  }
  for (const text of extraNotes) {
    const noteId = addNote(tableClients[0]!.doc, {
      phaseId: phase.id,
      questionId: null,
      kind: 'note',
      text,
      lifted: true,
    });
    tableWrites[0]!++;
    const ref = noteRef(tables[0]!.tableId, noteId);
    moveNote(board.doc, ref, factorIds[0]!, null);
    setExcerpt(board.doc, ref, text);
    boardWrites += 2;
  }
  setReportIntro(board.doc, SEED_INTRO);
  setReflections(board.doc, SEED_REFLECTIONS);
  boardWrites += 2;

  // Everything durable before the caller exports (write #1 on each connection is the opening sync).
  await waitFor(
    () => tableClients.every((c, i) => c.acked() >= tableWrites[i]! + 1) && board.acked() >= boardWrites + 1,
    'every write to be acknowledged',
  );
  return { event, tables, clients };
}

/**
 * Set-up for the board's browser tests: the app serving a client build of its own (another test
 * rebuilding dist/client cannot pull chunks from under a page), an event with tables created through
 * the HTTP API, notes written by Node table clients the way tablets write them, factors written by a
 * Node facilitator client — and small page helpers. Not a test file itself.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import type { CreateEventResponse, CreateTableResponse, JoinResponse } from '../../shared/api.js';
import { createFactor, moveNote, noteRef, setExcerpt, setNarrative } from '../../shared/docs/board-doc.js';
import { readPhases } from '../../shared/docs/event-doc.js';
import { addNote, type NoteKind } from '../../shared/docs/table-doc.js';
import { api } from '../helpers/api.js';
import { tempDataDir } from '../helpers/server-process.js';
import { connectYClient, waitFor, waitSynced, type YClient } from '../helpers/yclient.js';
import { startApp, type AppProcess } from './browser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Builds the client into a temporary folder and starts `npm start`'s script serving that build. */
export async function startBoardApp(): Promise<AppProcess> {
  const staticDir = tempDataDir('dialogdag-e2e-board-client-');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      staticDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return startApp({ STATIC_DIR: staticDir });
}

export interface SeedNote {
  table: number;
  text: string;
  kind?: NoteKind;
  lifted?: boolean;
  /** Index into the event's phases (default 0, Upptäcka). */
  phase?: number;
}

export interface SeedSpec {
  title: string;
  language?: 'sv' | 'en';
  tables: { name: string; organisations: string[] }[];
  notes: SeedNote[];
  factors: { title: string; narrative?: string }[];
  /** note index → factor index, in order (appended). */
  placements?: [number, number][];
  /** note index → excerpt. */
  excerpts?: [number, string][];
}

export interface SeededBoard {
  event: CreateEventResponse;
  tables: (CreateTableResponse & { token: string; client: YClient })[];
  board: YClient;
  refs: string[];
  factorIds: string[];
  boardUrl: string;
  wsUrl: string;
  close(): void;
}

/** Waits until the server holds everything `writer` has: a fresh reader reaches its state vector. */
async function waitStored(wsUrl: string, writer: YClient, docName: string, token: string): Promise<void> {
  const reader = connectYClient(wsUrl, docName, token);
  try {
    const want = Buffer.from(Y.encodeStateVector(writer.doc));
    await waitFor(
      () => Buffer.from(Y.encodeStateVector(reader.doc)).equals(want),
      `${docName} stored`,
      20_000,
    );
  } finally {
    reader.destroy();
  }
}

export async function seedBoard(app: AppProcess, spec: SeedSpec): Promise<SeededBoard> {
  const wsUrl = app.url.replace(/^http/, 'ws');
  const created = await api<CreateEventResponse>(app.url, 'POST', '/api/events', {
    title: spec.title,
    language: spec.language ?? 'sv',
    organiser: 'Länsstyrelsen',
  });
  if (created.status !== 201) throw new Error(`create event: ${created.status}`);
  const event = created.body;
  const token = event.facilitatorToken;

  const tables: SeededBoard['tables'] = [];
  for (const table of spec.tables) {
    const res = await api<CreateTableResponse>(
      app.url,
      'POST',
      `/api/events/${event.eventId}/tables`,
      table,
      token,
    );
    if (res.status !== 201) throw new Error(`create table: ${res.status}`);
    const joined = await api<JoinResponse>(app.url, 'POST', '/api/join', { code: res.body.joinCode });
    if (joined.status !== 200) throw new Error(`join: ${joined.status}`);
    const client = connectYClient(wsUrl, res.body.docName, joined.body.token);
    tables.push({ ...res.body, token: joined.body.token, client });
  }

  const eventClient = connectYClient(wsUrl, `event.${event.eventId}`, token);
  await waitSynced(eventClient);
  const phaseIds = readPhases(eventClient.doc).map((phase) => phase.id);
  eventClient.destroy();

  await Promise.all(tables.map((table) => waitSynced(table.client)));
  const refs = spec.notes.map((n, i) => {
    const table = tables[n.table]!;
    const id = addNote(
      table.client.doc,
      {
        phaseId: phaseIds[n.phase ?? 0]!,
        questionId: null,
        kind: n.kind ?? 'story',
        text: n.text,
        lifted: n.lifted ?? false,
      },
      undefined,
      // Distinct creation times keep the pool's order (newest first) deterministic.
      Date.now() - (spec.notes.length - i) * 1000,
    );
    return noteRef(table.tableId, id);
  });

  const board = connectYClient(wsUrl, `board.${event.eventId}`, token);
  await waitSynced(board);
  const factorIds = spec.factors.map((factor) => {
    const id = createFactor(board.doc, factor.title);
    if (factor.narrative) setNarrative(board.doc, id, factor.narrative);
    return id;
  });
  for (const [note, factor] of spec.placements ?? [])
    moveNote(board.doc, refs[note]!, factorIds[factor]!, null);
  for (const [note, excerpt] of spec.excerpts ?? []) setExcerpt(board.doc, refs[note]!, excerpt);

  await Promise.all([
    waitStored(wsUrl, board, `board.${event.eventId}`, token),
    ...tables.map((table) => waitStored(wsUrl, table.client, table.docName, token)),
  ]);
  return {
    event,
    tables,
    board,
    refs,
    factorIds,
    boardUrl: `${app.url}/f/${event.eventId}/board#${token}`,
    wsUrl,
    close() {
      board.destroy();
      for (const table of tables) table.client.destroy();
    },
  };
}

/** Opens the board and waits until the seeded notes are on it. */
export async function openBoard(page: Page, seed: SeededBoard): Promise<void> {
  await page.goto(seed.boardUrl);
  await page.locator('.board-pool-heading').waitFor();
  await page.locator(`[data-note-ref="${seed.refs[0]}"]`).waitFor({ timeout: 15_000 });
}

export const cardIn = (page: Page, ref: string) => page.locator(`[data-note-ref="${ref}"]`);
export const gripOf = (page: Page, ref: string) => cardIn(page, ref).locator('.board-card-grip');
export const factorBox = (page: Page, factorId: string) => page.locator(`[data-factor-id="${factorId}"]`);
export const poolBox = (page: Page) => page.locator('.board-pool');

/** The refs of the cards in a factor, in the order shown. */
export function refsInFactor(page: Page, factorId: string): Promise<string[]> {
  return factorBox(page, factorId)
    .locator('[data-note-ref]')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-note-ref') ?? ''));
}

/** What dnd-kit's live region (the drag announcements) says now. */
export function dndLiveText(page: Page): Promise<string> {
  return page.locator('[id^="DndLiveRegion"]').innerText();
}

/** The note reference of the card holding focus, or null. */
export function focusedRef(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest('[data-note-ref]')?.getAttribute('data-note-ref') ?? null,
  );
}

/** The seed report's seven success factors (Länsstyrelsen Västra Götaland, dialogue days 2019). */
export const SEED_FACTORS = [
  'En organisatorisk och politisk vilja',
  'En kommunövergripande struktur',
  'Att frågor hanteras på rätt nivå av rätt aktör',
  'Fokus på samverkan internt och externt',
  'Ett långsiktigt och strukturerat arbetssätt',
  'En kunskapsbaserad bas',
  'Ett inkluderande förhållningssätt',
];

/**
 * A hundred notes as tables would write them on such a day, drawn from the seed report's group
 * quotes and themes: [factor index the note belongs to (7 = none), kind, text].
 */
export const NOTE_BANK: [number, NoteKind, string][] = [
  [0, 'story', 'Integration är en del av den kommunala verksamheten, inte ett projekt vid sidan av.'],
  [
    0,
    'note',
    'Mottagandet av nyanlända måste ses som en del av kommunens ordinarie verksamhet i en globaliserad värld.',
  ],
  [0, 'quote', 'Vi behöver ett nytt samhällskontrakt – vi lever i en globaliserad värld.'],
  [0, 'note', 'Kommunledningen ser nyanlända som en resurs, och det märks i besluten.'],
  [0, 'story', 'Tydliga visioner och mål från kommunstyrelsen gjorde att alla drog åt samma håll.'],
  [0, 'note', 'Utan politisk vilja får frågan varken utrymme eller resurser.'],
  [0, 'story', 'Vår kommundirektör tog upp frågan i ledningsgruppen varje månad.'],
  [0, 'idea', 'Integrationsfrågan ska ha en egen punkt i kommunens budgetdialog.'],
  [0, 'story', 'Politikerna besökte introduktionsverksamheten och träffade de nyanlända själva.'],
  [0, 'note', 'Stödet från ledningen gjorde att vi vågade pröva nya arbetssätt.'],
  [1, 'quote', 'Ett skelett som bygger organisationen ger tydlighet i strukturer och föder flexibilitet.'],
  [
    1,
    'quote',
    'Verksamheter som ska kunna växa och krympa har det enklare om det finns en tydlig bas, en ryggrad.',
  ],
  [1, 'quote', 'Man behöver se vem som kan göra vad.'],
  [1, 'story', 'En samordnande funktion på strategisk nivå höll ihop arbetet när trycket var som störst.'],
  [1, 'note', 'Tydliga roller och ansvar gjorde oss mindre sårbara när personal slutade.'],
  [1, 'story', 'Samlokalisering av socialtjänst, sfi och arbetsmarknadsenhet kortade vägarna.'],
  [1, 'idea', 'Gemensamma rutiner och handlingsplaner för hela kommunen, inte per förvaltning.'],
  [1, 'note', 'Enhetlig handläggning gav ett likvärdigt bemötande oavsett handläggare.'],
  [1, 'story', 'Samverkan kring samhällsorienteringen över kommungränserna fungerade bra.'],
  [1, 'note', 'Strukturen gav en beredskap som kunde hantera det oväntade 2015.'],
  [2, 'quote', 'Rätt insats av rätt aktör i rätt tid.'],
  [2, 'note', 'Vem kan påverka och vems är ansvaret? Det måste redas ut först.'],
  [2, 'story', 'Tydliga avtal mellan kommunen och bostadsbolagen gav hållbara boendelösningar.'],
  [
    2,
    'note',
    'Uppdraget om bostäder ska ligga på den förvaltning som har ansvar för bostäder, inte på socialförvaltningen.',
  ],
  [2, 'quote', 'Konkret vägledning i början skapar trygghet och gör att individen får ett sammanhang.'],
  [2, 'note', 'Fokus på jobb och utbildning från första dagen.'],
  [2, 'idea', 'Kommunen kan ta ansvar för insatser inom etableringsprogrammet.'],
  [2, 'note', 'Bostadsfrågan kräver politisk styrning – en samordnare kan inte lösa den ensam.'],
  [2, 'story', 'Vi fokuserade inte bara på de vuxna utan också på barnens situation.'],
  [2, 'note', 'Trygghet och förutsägbarhet var lika viktigt som själva insatserna.'],
  [3, 'quote', 'Prioritera både formella och informella nätverk.'],
  [3, 'quote', 'Att behålla nyfikenheten när vi samverkar.'],
  [3, 'quote', 'Civilsamhället kan runda hörn på ett annat sätt än en kommun.'],
  [3, 'quote', 'Det behövs en kraftsamling från alla parter.'],
  [3, 'story', 'De delregionala samråden gav oss ett forum för extern samverkan.'],
  [3, 'note', 'Gemensamma mål och gemensamma bilder av utmaningarna mellan förvaltningarna.'],
  [3, 'note', 'Korta ledtider i samverkan med Arbetsförmedlingen avgjorde mycket.'],
  [3, 'story', 'Läxläsning och flyktingguider från föreningarna gjorde stor skillnad.'],
  [3, 'story', 'Idrottsföreningarna öppnade dörrar som vi inte kunde öppna.'],
  [3, 'idea', 'Mellankommunal samverkan kring sfi och samhällsorientering.'],
  [
    3,
    'quote',
    'Det ska vara lika för alla människor oavsett om man bor i Stockholm eller i en mindre kommun.',
  ],
  [4, 'quote', 'Tidig kartläggning och vägledning är framgångsfaktorer.'],
  [4, 'idea', 'Alternativa lösningar för personer med kort utbildning.'],
  [4, 'idea', 'Kombinera sfi med praktik eller arbete.'],
  [4, 'story', 'Vi tog tillvara det som gjordes inom DUA-samverkan.'],
  [4, 'note', 'Arbetsmarknadsenheten hade insatser som passade alla.'],
  [4, 'note', 'Tjänstepersoner kan synliggöra målkonflikter och ge beslutsunderlag till politiken.'],
  [4, 'idea', 'Medborgardialoger mellan politiker och kommuninvånare.'],
  [4, 'note', 'Integrationssamordnarens roll och uppgifter var tydligt definierade.'],
  [4, 'note', 'Koll på vilka statsbidrag som går att söka via Länsstyrelsen.'],
  [4, 'story', 'Vi tänkte långsiktigt även när det kom många på kort tid.'],
  [
    5,
    'quote',
    'Det handlar om att beskriva verksamheten, hur kommunen har förändrats. Detta för att också bevara det som sitter i väggarna.',
  ],
  [5, 'note', 'En person ansvarar för omvärldsbevakning inom migration och integration.'],
  [5, 'story', 'Ett internt nyhetsbrev gav alla samma kontext.'],
  [5, 'note', 'Baskompetens om nyanländas etablering i hela organisationen.'],
  [5, 'note', 'Bevara det institutionella minnet vid omorganisationer och hög personalomsättning.'],
  [5, 'note', 'Nu när det kommer färre finns det tid för kompetensutveckling.'],
  [5, 'idea', 'En verksamhetsbeskrivning som uppdateras varje år.'],
  [5, 'note', 'Kunskap behövs både inom organisationen och ute i samhället.'],
  [6, 'quote', 'Vi måste lära oss att leva ihop.'],
  [6, 'quote', 'Alla som bor i en kommun ska känna sig delaktiga i samhället.'],
  [6, 'quote', 'Möta människan där personen är.'],
  [6, 'quote', 'Glöm inte barnen och att synliggöra barnens integration!'],
  [6, 'note', 'Dialog mellan nyanlända, kommuninvånare och politiker.'],
  [6, 'idea', 'Mötesplatser där nya och gamla invånare träffas.'],
  [6, 'note', 'Se nyanlända som kompetenta och arbeta individbaserat.'],
  [6, 'quote', 'För mycket sekreterarjobb och för lite socialt arbete.'],
  [6, 'note', 'Utgå från brukarnas perspektiv.'],
  [6, 'note', 'Arbeta långsiktigt och ha tålamod.'],
  [6, 'note', 'Alla människor har olika lång väg till försörjning – vi behöver mer individfokus.'],
  [7, 'quote', 'Staten är inte alltid att lita på.'],
  [7, 'quote', 'Ge oss bara en påse pengar…'],
  [7, 'note', 'Besvikelse över att Arbetsförmedlingen drar ner på den lokala närvaron.'],
  [7, 'note', 'Svårare att behålla helhetssynen sedan Arbetsförmedlingen tog över.'],
  [7, 'idea', 'Stöd från Länsstyrelsen i dialogen med politikerna.'],
  [7, 'idea', 'Forum för kunskaps- och erfarenhetsutbyte mellan kommunerna.'],
  [7, 'note', 'Risk för social dumpning mellan kommuner.'],
  [7, 'note', 'Anpassa verksamheten till ett minskat inflöde.'],
  [7, 'story', 'Ensamkommande barn fick stöd av gode män och familjehem i samverkan.'],
  [7, 'story', 'Vi lärde oss mycket av att arbeta tillsammans under 2015 och 2016.'],
  [0, 'note', 'Kommunens ledning var tydlig med att mottagandet var allas ansvar.'],
  [0, 'story', 'Integrationsstrategin beslutades i fullmäktige, och det gav tyngd.'],
  [1, 'note', 'En tydlig struktur ledde till större flexibilitet.'],
  [1, 'story', 'Vi hade en ryggrad att falla tillbaka på när mottagandet minskade.'],
  [2, 'note', 'Reda ut var hemvisten ska vara för olika frågor.'],
  [2, 'note', 'Vägledning tidigt gav individen ett sammanhang.'],
  [3, 'note', 'Dialog över verksamhetsområdena internt i kommunen.'],
  [3, 'story', 'Samverkan med kommunalförbundet kring vuxenutbildningen.'],
  [3, 'story', 'Praktikplatser hos lokala företag via näringslivskontoret.'],
  [4, 'story', 'Individuella planer som följdes upp var tredje månad.'],
  [4, 'note', 'Sortera frågorna: vad är politik och vad är verkställighet?'],
  [5, 'story', 'Kompetensen stannade kvar trots att projektet tog slut.'],
  [5, 'idea', 'Gemensamma utbildningsdagar för alla som möter nyanlända.'],
  [6, 'note', 'Öppenhet hos kommuninvånarna för att nya människor flyttar in.'],
  [6, 'quote', 'Fokusera på mötet med nyanlända och det som fungerar.'],
  [6, 'note', 'Arbeta förebyggande och undvik missförstånd.'],
  [6, 'idea', 'Individualiserad sfi med mer individfokus.'],
  [6, 'story', 'Språkcaféet på biblioteket blev en viktig mötesplats.'],
  [3, 'story', 'Flyktingguider som följde familjerna det första året.'],
  [0, 'note', 'Frågan får inte prioriteras ner när mottagandet minskar.'],
];

/** Municipalities of the seed report's footnote, seated a few to a table. */
export const SEED_TABLES = [
  { name: 'Bord 1', organisations: ['Alingsås', 'Bengtsfors', 'Bollebygd'] },
  { name: 'Bord 2', organisations: ['Borås', 'Essunga', 'Grästorp'] },
  { name: 'Bord 3', organisations: ['Gullspång', 'Göteborg', 'Herrljunga'] },
  { name: 'Bord 4', organisations: ['Hjo', 'Kungälv', 'Lerum', 'Lidköping'] },
  { name: 'Bord 5', organisations: ['Mariestad', 'Skara', 'Skövde'] },
  { name: 'Bord 6', organisations: ['Sotenäs', 'Strömstad', 'Svenljunga', 'Tibro'] },
  { name: 'Bord 7', organisations: ['Tidaholm', 'Tjörn', 'Tranemo', 'Töreboda'] },
  { name: 'Bord 8', organisations: ['Uddevalla', 'Vara', 'Vårgårda', 'Vänersborg', 'Åmål'] },
];

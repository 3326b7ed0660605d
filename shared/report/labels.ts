/**
 * The words of the report in the event's language. The Swedish follows the seed report's register
 * ("Sammanfattning", "Framgångsfaktorer", quotes attributed to "en grupp").
 */
import type { Language } from '../api.js';
import type { NoteKind } from '../docs/table-doc.js';
import type { ReportEvidence } from './model.js';

export interface ReportLabels {
  summary: string;
  summaryLead: string;
  factors: string;
  factorsLead: string;
  organisations: string;
  organisationsLine: (names: string[]) => string;
  reflections: string;
  unplaced: string;
  unplacedLead: string;
  aGroup: string;
  evidence: (e: ReportEvidence) => string;
  noFactors: string;
  kinds: Record<NoteKind, string>;
  csvHeaders: string[];
  lifted: { yes: string; no: string };
}

/** "A, B och C" / "A, B and C". */
export function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SV: ReportLabels = {
  summary: 'Sammanfattning',
  summaryLead: 'De framgångsfaktorer som deltagarna lyfte fram kan sammanfattas som:',
  factors: 'Framgångsfaktorer',
  factorsLead:
    'Deltagarna samtalade gruppvis utifrån en arbetsbok baserad på Appreciative Inquiry. ' +
    'Gruppernas anteckningar kan delas upp i nedanstående framgångsfaktorer.',
  organisations: 'Deltagande organisationer',
  organisationsLine: (names) =>
    names.length === 0
      ? 'Inga organisationer angavs.'
      : `Deltog gjorde representanter från ${plural(names.length, 'organisation', 'organisationer')}: ${joinList(names, 'och')}.`,
  reflections: 'Reflektioner',
  unplaced: 'Bilaga: Anteckningar utanför framgångsfaktorerna',
  unplacedLead:
    'Anteckningar som borden lyfte till storgruppen men som inte placerades under någon framgångsfaktor.',
  aGroup: 'En grupp',
  evidence: (e) =>
    `Underlag: ${plural(e.notes, 'anteckning', 'anteckningar')} från ${plural(e.tables, 'bord', 'bord')} ` +
    `och ${plural(e.organisations, 'organisation', 'organisationer')}.`,
  noFactors: 'Inga framgångsfaktorer har formulerats ännu.',
  kinds: { story: 'Berättelse', quote: 'Citat', idea: 'Idé', note: 'Anteckning' },
  csvHeaders: [
    'Bord',
    'Organisationer',
    'Fas',
    'Fråga',
    'Typ',
    'Text',
    'Lyft till storgruppen',
    'Framgångsfaktor',
    'Utdrag',
  ],
  lifted: { yes: 'ja', no: 'nej' },
};

const EN: ReportLabels = {
  summary: 'Summary',
  summaryLead: 'The success factors the participants highlighted can be summarised as:',
  factors: 'Success factors',
  factorsLead:
    'The participants talked in groups, guided by a workbook based on Appreciative Inquiry. ' +
    "The groups' notes fall into the success factors below.",
  organisations: 'Participating organisations',
  organisationsLine: (names) =>
    names.length === 0
      ? 'No organisations were given.'
      : `Representatives of ${plural(names.length, 'organisation', 'organisations')} took part: ${joinList(names, 'and')}.`,
  reflections: 'Reflections',
  unplaced: 'Appendix: Notes outside the success factors',
  unplacedLead: 'Notes the tables lifted to the plenary that were not placed under any success factor.',
  aGroup: 'A group',
  evidence: (e) =>
    `Evidence: ${plural(e.notes, 'note', 'notes')} from ${plural(e.tables, 'table', 'tables')} ` +
    `and ${plural(e.organisations, 'organisation', 'organisations')}.`,
  noFactors: 'No success factors have been written yet.',
  kinds: { story: 'Story', quote: 'Quote', idea: 'Idea', note: 'Note' },
  csvHeaders: [
    'Table',
    'Organisations',
    'Phase',
    'Question',
    'Kind',
    'Text',
    'Lifted to plenary',
    'Success factor',
    'Excerpt',
  ],
  lifted: { yes: 'yes', no: 'no' },
};

export function reportLabels(language: Language): ReportLabels {
  return language === 'en' ? EN : SV;
}

/** "— En grupp", "— Bord 3", "— Bord 3 (Lidköping, Skara)". */
export function attributionText(
  quote: { tableName: string | null; organisations: string[] },
  labels: ReportLabels,
): string {
  if (!quote.tableName) return labels.aGroup;
  return quote.organisations.length > 0
    ? `${quote.tableName} (${quote.organisations.join(', ')})`
    : quote.tableName;
}

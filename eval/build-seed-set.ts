/**
 * Derives eval/sets/seed-sv.json from the seed report (../shared/seed/000_a60222fb9ca22461.txt): one
 * note per sentence of each of the seven factor sections, labelled with its section. The JSON is
 * committed so the evaluation never needs the report; rerun when the report changes:
 * `npx tsx eval/build-seed-set.ts [path/to/report.txt]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledSet } from './labelled-set.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const reportFile = process.argv[2] ?? path.join(here, '../../shared/seed/000_a60222fb9ca22461.txt');
const outFile = path.join(here, 'sets/seed-sv.json');
/** The first heading after the last factor section. */
const END_HEADING = 'Länsstyrelsens reflektioner';
/** Sentences shorter than this are fragments ("Vem?"), not notes. */
const MIN_WORDS = 3;

/** The report's summary lists the factor headings as bullets ("• En kommunövergripande struktur"). */
function factorHeadings(lines: readonly string[]): string[] {
  return lines.filter((l) => l.trim().startsWith('•')).map((l) => l.trim().replace(/^•\s*/, ''));
}

/**
 * The report's body text without its page furniture: a long blank-looking line opens a block of
 * footnotes that runs until an empty line or the next page's first line, which the PDF export
 * indents by one space.
 */
function bodyLines(lines: readonly string[]): string[] {
  const body: string[] = [];
  let inFootnotes = false;
  for (const line of lines) {
    if (/^\s{20,}$/.test(line)) inFootnotes = true;
    else if (inFootnotes && (line === '' || /^ \S/.test(line))) inFootnotes = false;
    if (!inFootnotes && !/^\s*\d+\s*$/.test(line)) body.push(line);
  }
  return body;
}

/** One paragraph of running text: hyphenated line breaks joined, footnote markers dropped. */
function joinLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .join('\n')
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
    .replace(/\n/g, ' ')
    .replace(/(?<=[\p{L}.,)])[1-9](?=[\s,.]|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…]”?)\s+(?=[”"\p{Lu}])/u)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= MIN_WORDS);
}

function buildSet(report: string): LabelledSet {
  const lines = report.split(/\r?\n/);
  const headings = factorHeadings(lines);
  const body = bodyLines(lines);
  const start = (heading: string) => body.findIndex((l) => l.trim() === heading);
  const factors = headings.map((title, i) => ({ id: `f${i + 1}`, title }));
  const notes: LabelledSet['notes'] = [];
  factors.forEach((factor, i) => {
    const from = start(factor.title);
    const to = i + 1 < factors.length ? start(factors[i + 1]!.title) : start(END_HEADING);
    if (from < 0 || to < from) throw new Error(`section "${factor.title}" not found`);
    const text = joinLines(body.slice(from + 1, to));
    sentences(text).forEach((sentence, j) => {
      notes.push({ ref: `${factor.id}:s${j + 1}`, text: sentence, tableId: 'report', factorId: factor.id });
    });
  });
  return {
    name: 'seed-sv',
    language: 'sv',
    source: 'The seed report: one note per sentence of its seven factor sections, labelled with the section.',
    factors,
    notes,
  };
}

if (!fs.existsSync(reportFile)) {
  console.log(`${reportFile} not found; keeping the committed ${path.relative(process.cwd(), outFile)}`);
} else {
  const set = buildSet(fs.readFileSync(reportFile, 'utf8'));
  fs.writeFileSync(outFile, JSON.stringify(set, null, 2) + '\n');
  console.log(`wrote ${set.notes.length} notes in ${set.factors.length} factors to ${outFile}`);
}

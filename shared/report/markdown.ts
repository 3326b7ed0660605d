/**
 * The report as Markdown. Every piece of text from people — notes, titles, narratives — is escaped,
 * so `<img onerror=…>`, `[x](javascript:…)` or `**#` come out as the characters typed, never as
 * markup. Deterministic: the same model gives byte-identical output (no dates of export, stable order).
 */
import type { ReportModel, ReportQuote } from './model.js';
import { attributionText, reportLabels, type ReportLabels } from './labels.js';

/** Escapes Markdown and HTML syntax so the text renders as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()<>#+!|~=]/g, (ch) => `\\${ch}`)
    .split('\n')
    .map((line) =>
      // A leading "-", "1." or spaces would start a list or code block.
      line
        .replace(/^(\s*)-/, '$1\\-')
        .replace(/^(\s*\d+)\./, '$1\\.')
        .replace(/^\s+/, ''),
    )
    .join('\n');
}

/** Paragraphs (split on blank lines), each escaped; single newlines become hard breaks. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => escapeMarkdown(p).split('\n').join('  \n'));
}

function quoteBlock(quote: ReportQuote, labels: ReportLabels): string {
  const lines = escapeMarkdown(quote.text).split('\n');
  lines[0] = `”${lines[0]}`;
  lines[lines.length - 1] = `${lines[lines.length - 1]}”`;
  return [
    ...lines.map((l) => `> ${l}`.trimEnd()),
    '>',
    `> — ${escapeMarkdown(attributionText(quote, labels))}`,
  ].join('\n');
}

export function reportToMarkdown(model: ReportModel): string {
  const labels = reportLabels(model.language);
  const out: string[] = [`# ${escapeMarkdown(model.title)}`];
  const byline = [model.organiser, model.date].filter(Boolean).join(' · ');
  if (byline) out.push(escapeMarkdown(byline));
  out.push(...paragraphs(model.intro));

  out.push(`## ${labels.summary}`);
  if (model.factors.length === 0) {
    out.push(labels.noFactors);
  } else {
    out.push(labels.summaryLead, model.factors.map((f) => `- ${escapeMarkdown(f.title)}`).join('\n'));
    out.push(`## ${labels.factors}`, labels.factorsLead);
    for (const factor of model.factors) {
      out.push(`### ${escapeMarkdown(factor.title)}`, ...paragraphs(factor.narrative));
      out.push(...factor.quotes.map((q) => quoteBlock(q, labels)));
      out.push(`*${labels.evidence(factor.evidence)}*`);
    }
  }

  out.push(`## ${labels.organisations}`, escapeMarkdown(labels.organisationsLine(model.organisations)));
  if (model.reflections) out.push(`## ${labels.reflections}`, ...paragraphs(model.reflections));
  if (model.unplaced.length > 0) {
    out.push(
      `## ${labels.unplaced}`,
      labels.unplacedLead,
      ...model.unplaced.map((q) => quoteBlock(q, labels)),
    );
  }
  return out.join('\n\n') + '\n';
}

/**
 * The report as DOCX (the `docx` package): real heading styles, a bulleted summary, quotes in the
 * built-in "Quote" paragraph style, the participating organisations as a footnote on the summary (as
 * the seed report has them) and as a section of their own. Note text always goes in as plain text
 * runs — Word never interprets it. Editable in Word and LibreOffice.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { ReportModel, ReportQuote } from '../../shared/report/model.js';
import { attributionText, reportLabels, type ReportLabels } from '../../shared/report/labels.js';

/** Splits text into paragraphs on blank lines; single newlines become line breaks inside one. */
function textParagraphs(text: string, style?: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new Paragraph({
          ...(style ? { style } : {}),
          children: p.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
        }),
    );
}

function quoteParagraphs(quote: ReportQuote, labels: ReportLabels): Paragraph[] {
  const lines = quote.text.split('\n');
  return [
    new Paragraph({
      style: 'Quote',
      children: lines.map(
        (line, i) =>
          new TextRun({
            text: `${i === 0 ? '”' : ''}${line}${i === lines.length - 1 ? '”' : ''}`,
            break: i > 0 ? 1 : 0,
          }),
      ),
    }),
    new Paragraph({
      style: 'QuoteAttribution',
      children: [new TextRun({ text: `— ${attributionText(quote, labels)}` })],
    }),
  ];
}

export async function reportToDocx(model: ReportModel): Promise<Buffer> {
  const labels = reportLabels(model.language);
  const children: Paragraph[] = [new Paragraph({ text: model.title, heading: HeadingLevel.TITLE })];
  const byline = [model.organiser, model.date].filter(Boolean).join(' · ');
  if (byline) children.push(new Paragraph({ children: [new TextRun({ text: byline, italics: true })] }));
  children.push(...textParagraphs(model.intro));

  children.push(new Paragraph({ text: labels.summary, heading: HeadingLevel.HEADING_1 }));
  if (model.factors.length === 0) {
    children.push(new Paragraph({ text: labels.noFactors }));
  } else {
    children.push(
      new Paragraph({ children: [new TextRun(labels.summaryLead), new FootnoteReferenceRun(1)] }),
      ...model.factors.map((f) => new Paragraph({ text: f.title, bullet: { level: 0 } })),
      new Paragraph({ text: labels.factors, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: labels.factorsLead }),
    );
    for (const factor of model.factors) {
      children.push(new Paragraph({ text: factor.title, heading: HeadingLevel.HEADING_2 }));
      children.push(...textParagraphs(factor.narrative));
      for (const quote of factor.quotes) children.push(...quoteParagraphs(quote, labels));
      children.push(
        new Paragraph({
          children: [new TextRun({ text: labels.evidence(factor.evidence), italics: true, size: 18 })],
        }),
      );
    }
  }

  children.push(
    new Paragraph({ text: labels.organisations, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: labels.organisationsLine(model.organisations) }),
  );
  if (model.reflections) {
    children.push(new Paragraph({ text: labels.reflections, heading: HeadingLevel.HEADING_1 }));
    children.push(...textParagraphs(model.reflections));
  }
  if (model.unplaced.length > 0) {
    children.push(new Paragraph({ text: labels.unplaced, heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph({ text: labels.unplacedLead }));
    for (const quote of model.unplaced) children.push(...quoteParagraphs(quote, labels));
  }

  const section: ISectionOptions = { children };
  const doc = new Document({
    title: model.title,
    creator: model.organiser || 'Dialogdag',
    description: labels.factors,
    styles: {
      // Air between paragraphs and before headings, so it reads like a report, not a form.
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120 } } },
        title: { run: { size: 48 }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { size: 32, color: '1F4E5F' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 26, color: '1F4E5F' }, paragraph: { spacing: { before: 240, after: 80 } } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'QuoteAttribution',
          quickFormat: true,
          run: { italics: true, color: '333333' },
          paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 160, after: 0 } },
        },
        {
          id: 'QuoteAttribution',
          name: 'Quote Attribution',
          basedOn: 'Normal',
          next: 'Normal',
          run: { color: '555555', size: 18 },
          paragraph: { indent: { left: 567 }, spacing: { after: 160 }, alignment: AlignmentType.LEFT },
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph(labels.organisationsLine(model.organisations))] } },
    sections: [section],
  });
  return Packer.toBuffer(doc);
}

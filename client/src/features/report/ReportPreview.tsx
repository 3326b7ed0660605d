/**
 * The report as a web page, in the same shape and words as the exports: the preview on screen and
 * the print/PDF version (report.css's A4 print rules). React escapes every text, so note text is
 * always text.
 */
import type { ReportModel, ReportQuote } from '../../../../shared/report/model.js';
import { attributionText, reportLabels, type ReportLabels } from '../../../../shared/report/labels.js';

function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className="report-text">
          {p}
        </p>
      ))}
    </>
  );
}

function Quote({ quote, labels }: { quote: ReportQuote; labels: ReportLabels }) {
  return (
    <figure className="report-quote">
      <blockquote>”{quote.text}”</blockquote>
      <figcaption>— {attributionText(quote, labels)}</figcaption>
    </figure>
  );
}

export function ReportPreview({ model }: { model: ReportModel }) {
  const labels = reportLabels(model.language);
  const byline = [model.organiser, model.date].filter(Boolean).join(' · ');
  return (
    <article className="report" lang={model.language}>
      <h1>{model.title}</h1>
      {byline && <p className="report-byline">{byline}</p>}
      <Paragraphs text={model.intro} />

      <h2>{labels.summary}</h2>
      {model.factors.length === 0 ? (
        <p>{labels.noFactors}</p>
      ) : (
        <>
          <p>{labels.summaryLead}</p>
          <ul>
            {model.factors.map((f) => (
              <li key={f.id}>{f.title}</li>
            ))}
          </ul>
          <h2>{labels.factors}</h2>
          <p>{labels.factorsLead}</p>
          {model.factors.map((factor) => (
            <section key={factor.id} className="report-factor">
              <h3>{factor.title}</h3>
              <Paragraphs text={factor.narrative} />
              {factor.quotes.map((q, i) => (
                <Quote key={i} quote={q} labels={labels} />
              ))}
              <p className="report-evidence">{labels.evidence(factor.evidence)}</p>
            </section>
          ))}
        </>
      )}

      <h2>{labels.organisations}</h2>
      <p>{labels.organisationsLine(model.organisations)}</p>
      {model.reflections && (
        <>
          <h2>{labels.reflections}</h2>
          <Paragraphs text={model.reflections} />
        </>
      )}
      {model.unplaced.length > 0 && (
        <>
          <h2>{labels.unplaced}</h2>
          <p>{labels.unplacedLead}</p>
          {model.unplaced.map((q, i) => (
            <Quote key={i} quote={q} labels={labels} />
          ))}
        </>
      )}
    </article>
  );
}

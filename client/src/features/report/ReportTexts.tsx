/**
 * The report's own texts — introduction and reflections — stored on the board document, so
 * co-facilitators write them together and the exports read them.
 */
import { useId } from 'react';
import type { YDoc } from '../../sync/types.js';
import { setReflections, setReportIntro } from '../../../../shared/docs/board-doc.js';
import { useT } from '../../i18n/index.js';

export function ReportTexts({
  board,
  intro,
  reflections,
}: {
  board: YDoc;
  intro: string;
  reflections: string;
}) {
  const t = useT();
  const id = useId();
  return (
    <section className="panel report-texts" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.reportTextsHeading}</h2>
      <div className="field">
        <label htmlFor={`${id}-intro`}>{t.reportIntroLabel}</label>
        <textarea
          id={`${id}-intro`}
          rows={4}
          value={intro}
          onChange={(e) => setReportIntro(board, e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reflections`}>{t.reportReflectionsLabel}</label>
        <textarea
          id={`${id}-reflections`}
          rows={6}
          value={reflections}
          onChange={(e) => setReflections(board, e.target.value)}
        />
      </div>
    </section>
  );
}

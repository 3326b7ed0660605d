/** Report options (attribution, appendix) and the downloads in every format, plus print. */
import { useId, useState } from 'react';
import type { Attribution } from '../../../../shared/report/model.js';
import { useT } from '../../i18n/index.js';
import { downloadExport, type ExportFormat } from './download.js';

interface ReportControlsProps {
  eventId: string;
  token: string;
  attribution: Attribution;
  onAttribution: (value: Attribution) => void;
  includeUnplaced: boolean;
  onIncludeUnplaced: (value: boolean) => void;
}

export function ReportControls(props: ReportControlsProps) {
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const formats: { format: ExportFormat; label: string }[] = [
    { format: 'docx', label: t.reportDownloadDocx },
    { format: 'md', label: t.reportDownloadMd },
    { format: 'csv', label: t.reportDownloadCsv },
    { format: 'json', label: t.reportDownloadJson },
  ];

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(false);
    const ok = await downloadExport(props.eventId, props.token, format, {
      attribution: props.attribution,
      includeUnplaced: props.includeUnplaced,
    });
    setBusy(null);
    setFailed(!ok);
  };

  return (
    <section className="panel report-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.reportDownloadHeading}</h2>
      <div className="field">
        <label htmlFor={`${id}-attribution`}>{t.reportAttributionLabel}</label>
        <select
          id={`${id}-attribution`}
          value={props.attribution}
          onChange={(e) => props.onAttribution(e.target.value as Attribution)}
        >
          <option value="group">{t.reportAttributionGroup}</option>
          <option value="table">{t.reportAttributionTable}</option>
          <option value="table-and-organisations">{t.reportAttributionTableOrgs}</option>
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.includeUnplaced}
          onChange={(e) => props.onIncludeUnplaced(e.target.checked)}
        />
        {t.reportIncludeUnplaced}
      </label>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.reportPrint}
        </button>
        {formats.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button secondary"
            disabled={busy !== null}
            aria-busy={busy === format}
            onClick={() => void download(format)}
          >
            {busy === format ? t.reportDownloading : label}
          </button>
        ))}
      </div>
      {failed && (
        <p className="error" role="alert">
          {t.reportDownloadFailed}
        </p>
      )}
    </section>
  );
}

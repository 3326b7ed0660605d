/**
 * Import a JSON archive as a new dialogue day (POST /api/import): the organiser gets new facilitator
 * and projector links, exactly as when creating a day.
 */
import { useId, useState } from 'react';
import type { CreateEventResponse } from '../../../../shared/api.js';
import { apiRequest } from '../../api/http.js';
import { useT } from '../../i18n/index.js';

export function ImportArchive({
  headingId,
  onImported,
}: {
  headingId: string;
  onImported: (created: CreateEventResponse) => void;
}) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    setError(null);
    let archive: unknown;
    try {
      archive = JSON.parse(await file.text());
    } catch {
      setBusy(false);
      setError(t.importInvalid);
      return;
    }
    const result = await apiRequest<CreateEventResponse>('POST', '/api/import', { body: archive });
    setBusy(false);
    if (result.ok) onImported(result.value);
    else setError(result.error.code === 'bad_request' ? t.importInvalid : t.genericError);
  };

  return (
    <div className="import-archive">
      <h2 id={headingId}>{t.importHeading}</h2>
      <p className="muted">{t.importHint}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t.importLabel}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {busy && <p className="muted">{t.loading}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

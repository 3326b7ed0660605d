/**
 * `/` — where a facilitator creates a dialogue day and a tablet joins a table. Also offers the way
 * back to the table this device joined last.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { lastTableSession, type TableSession } from '../../session/table-session.js';
import { useUiStore } from '../../state/ui-store.js';
import { JoinForm } from '../join/JoinForm.js';
import { CreateEventForm } from './CreateEventForm.js';
import { CreatedEventLinks } from './CreatedEventLinks.js';
import { ImportArchive } from '../report/ImportArchive.js';
import type { CreateEventResponse } from '../../../../shared/api.js';

function readLastTable(): TableSession | null {
  try {
    return lastTableSession(window.localStorage);
  } catch {
    return null;
  }
}

export function StartPage() {
  const t = useT();
  const language = useLanguage();
  const chooseLanguage = useUiStore((s) => s.choosePreferredLanguage);
  const [lastTable] = useState(readLastTable);
  const [imported, setImported] = useState<CreateEventResponse | null>(null);
  useDocumentTitle(null);

  return (
    <div className="start-page">
      <div className="page-heading">
        <h1>{t.startHeading}</h1>
        <button
          type="button"
          className="button link-like"
          lang={language === 'sv' ? 'en' : 'sv'}
          onClick={() => chooseLanguage(language === 'sv' ? 'en' : 'sv')}
        >
          {t.switchLanguage}
        </button>
      </div>
      <p className="lead">{t.startIntro}</p>
      <div className="columns">
        <section className="panel" aria-labelledby="create-heading">
          <CreateEventForm headingId="create-heading" />
        </section>
        <section className="panel">
          {lastTable && (
            <p>
              <Link className="button primary" to={`/t/${lastTable.eventId}/${lastTable.tableId}`}>
                {t.continueAtTable(lastTable.tableName || t.tableLabel)}
              </Link>
            </p>
          )}
          <JoinForm />
        </section>
      </div>
      {/* report (issue 6): an archive becomes a new day */}
      <section className="panel" aria-labelledby="import-heading">
        {imported ? (
          <CreatedEventLinks headingId="import-heading" created={imported} />
        ) : (
          <ImportArchive headingId="import-heading" onImported={setImported} />
        )}
      </section>
    </div>
  );
}

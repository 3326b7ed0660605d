/**
 * Says in words that the server refused a change as too large (close code 4413) — and that
 * nothing is lost: the document and its copy on the tablet keep every character; only the
 * server does not have them. The header status says the connection ended; this says why.
 */
import { CloseCode } from '../../../../shared/protocol.js';
import { useT } from '../../i18n/index.js';
import type { SyncedDoc } from '../../sync/synced-doc.js';
import { useFinalCloseCode } from '../../sync/use-final-close.js';

export function WriteRefusedNotice({ tableDoc }: { tableDoc: SyncedDoc | null }) {
  const t = useT();
  const code = useFinalCloseCode(tableDoc);
  return (
    <div role="alert" className="write-refused-region">
      {code === CloseCode.messageTooLarge && (
        <div className="panel write-refused">
          <h2>{t.writeRefusedHeading}</h2>
          <p>{t.writeRefusedBody}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        </div>
      )}
    </div>
  );
}

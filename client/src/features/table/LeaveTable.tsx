/**
 * "Lämna bordet": ends this device's membership and removes the table's copy from it. Warns in words
 * when changes have not reached the server yet, since leaving would lose them.
 */
import { useState } from 'react';
import { useT } from '../../i18n/index.js';
import type { SyncedDoc } from '../../sync/synced-doc.js';
import { useDocPending } from '../../sync/use-synced-doc.js';

export function LeaveTable({
  tableDoc,
  onLeave,
}: {
  tableDoc: SyncedDoc | null;
  onLeave: () => Promise<void>;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const pending = useDocPending(tableDoc);

  if (!confirming) {
    return (
      <div className="leave-table">
        <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
          {t.leaveTable}
        </button>
      </div>
    );
  }
  return (
    <div className="leave-table panel" role="group" aria-labelledby="leave-question">
      <p id="leave-question">{t.leaveTableQuestion}</p>
      {pending > 0 && <p className="field-error">{t.leaveTablePending(pending)}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onLeave();
          }}
        >
          {t.confirmLeave}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}

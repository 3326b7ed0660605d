/** The facilitator's message to every table. A polite live region: read out once when it changes. */
import type { Broadcast } from '../../../shared/docs/event-doc.js';
import { useT } from '../i18n/index.js';

export function BroadcastBanner({ broadcast }: { broadcast: Broadcast | null }) {
  const t = useT();
  return (
    <div aria-live="polite" className="broadcast-region">
      {broadcast && broadcast.text.trim() && (
        <p className="broadcast">
          <strong>{t.messageFromFacilitator}:</strong> {broadcast.text}
        </p>
      )}
    </div>
  );
}

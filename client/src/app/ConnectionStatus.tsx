/**
 * The page's one connection status (DESIGN §3.8): a polite live region in the header, always in the
 * DOM so assistive technology hears changes, empty while the page has nothing to sync.
 */
import { useT } from '../i18n/index.js';
import { usePageStatus } from '../state/connection-store.js';
import { statusLabel } from './status-label.js';

export function ConnectionStatus() {
  const t = useT();
  const view = usePageStatus();
  const label = statusLabel(view, t);
  return (
    <p role="status" aria-live="polite" className="connection-status" data-status={view.status ?? 'idle'}>
      {label && (
        <>
          <span className="connection-dot" aria-hidden="true" />
          {label}
        </>
      )}
    </p>
  );
}

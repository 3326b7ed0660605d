/** The connection status in words: the one place each state's wording is chosen. */
import type { Dictionary } from '../i18n/sv.js';
import type { ErrorKind, PageStatusView } from '../state/page-status.js';

export function statusLabel(view: PageStatusView, t: Dictionary): string {
  switch (view.status) {
    case null:
      return '';
    case 'connecting':
      return view.reconnecting ? t.statusReconnecting : t.statusConnecting;
    case 'offline':
      if (view.readOnly) return t.statusOfflineReadOnly;
      return view.pending > 0 ? t.statusOfflinePending(view.pending) : t.statusOffline;
    case 'syncing':
      return view.pending > 0 ? t.statusSyncingPending(view.pending) : t.statusSyncing;
    case 'saved':
      return view.readOnly ? t.statusConnected : t.statusSaved;
    case 'error':
      return errorLabel(view.errorKind, t);
  }
}

function errorLabel(kind: ErrorKind | null, t: Dictionary): string {
  switch (kind) {
    case 'auth':
      return t.errorAuth;
    case 'gone':
      return t.errorGone;
    case 'generation':
      return t.errorGeneration;
    case 'unavailable':
      return t.errorUnavailable;
    case 'protocol':
    case null:
      return t.errorProtocol;
  }
}

/** The sync endpoint on the page's own origin (the server serves the client, so no CORS, no config). */
import { SYNC_PATH_PREFIX } from '../../../shared/protocol.js';

export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  // y-websocket appends `/<roomname>` itself, so the prefix goes without its trailing slash.
  return `${scheme}//${location.host}${SYNC_PATH_PREFIX.replace(/\/$/, '')}`;
}

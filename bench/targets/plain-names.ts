/** Document plans for servers without auth: any name works, so tables are just numbered. */
import type { ConnSpec } from '../lib/load-client.js';
import type { ServerProc } from '../lib/server-proc.js';
import type { Provisioned } from './types.js';

/** The token sent where a target wants one (Hocuspocus without an onAuthenticate hook accepts any). */
export const ANY_TOKEN = 'bench';

export function plainProvision(
  server: ServerProc,
  tables: number,
  url: (server: ServerProc, docName: string) => string,
): Provisioned {
  const spec = (docName: string): ConnSpec => ({
    url: url(server, docName),
    docName,
    protocols: [],
    token: ANY_TOKEN,
  });
  return {
    tables: Array.from({ length: tables }, (_, i) => {
      const docName = `table-${i + 1}`;
      return { docName, writer: spec(docName), facilitator: spec(docName) };
    }),
    facilitatorExtras: [spec('event-1'), spec('board-1')],
  };
}

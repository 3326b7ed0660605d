/** Joining a table with its code: no account, a table token in return. */
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { JoinResponse } from '../../shared/api.js';
import { isWellFormedJoinCode, normaliseJoinCode } from '../../shared/protocol.js';
import { grantsFor } from '../auth/principal.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { readJson } from './body.js';
import { HttpError } from './errors.js';
import type { ApiDeps } from './deps.js';
import type { Router } from './router.js';

const JoinBody = z.object({ code: z.string().max(64) });

export function registerJoinRoutes(router: Router, deps: ApiDeps): void {
  const { storage, joinLimiter, metrics, log } = deps;

  router.add('POST', '/api/join', async ({ req }) => {
    const body = await readJson(req, JoinBody);
    const code = normaliseJoinCode(body.code);
    const socket = req.socket;
    const ip = socket.remoteAddress ?? 'unknown';

    const verdict = joinLimiter.check(socket, code, ip);
    if (!verdict.allowed) {
      throw new HttpError('rate_limited', 'Too many wrong codes. Wait a while and try again.', {
        'Retry-After': String(verdict.retryAfterSec),
      });
    }
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);

    const table = isWellFormedJoinCode(code) ? storage.findTableByJoinCode(code) : null;
    const event = table ? storage.getEvent(table.eventId) : null;
    if (!table || !event) {
      joinLimiter.recordFailure(socket, code, ip);
      metrics.joinFailures.inc();
      throw new HttpError('not_found', 'No table has this code. Check the code on the table card.');
    }
    joinLimiter.recordSuccess(socket);

    const token = newToken();
    storage.addToken({
      tokenHash: hashToken(token),
      eventId: table.eventId,
      role: 'table',
      tableId: table.tableId,
    });
    log.info({ eventId: table.eventId, tableId: table.tableId }, 'tablet joined');
    const response: JoinResponse = {
      eventId: table.eventId,
      tableId: table.tableId,
      tableName: table.name,
      language: event.language,
      token,
      docs: grantsFor(storage, {
        role: 'table',
        eventId: table.eventId,
        tableId: table.tableId,
        tokenHash: '',
      }),
    };
    return { status: 200, body: response };
  });
}

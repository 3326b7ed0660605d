/**
 * Events: create (anyone — creating an event grants nothing over other events), delete (its
 * facilitator), and the session of any token.
 */
import { z } from 'zod';
import type { CreateEventResponse, EventSummary, SessionResponse } from '../../shared/api.js';
import { CloseCode, docName, type DocKind } from '../../shared/protocol.js';
import { initEventDoc } from '../../shared/docs/event-doc.js';
import { Origin } from '../../shared/docs/origins.js';
import { getTemplate } from '../../shared/workbook/ai-4d.js';
import type { EventRow, DocRow, TokenRow } from '../storage/storage.js';
import { grantsFor } from '../auth/principal.js';
import { hashToken, newEventId, newGeneration, newToken } from '../auth/tokens.js';
import { readJson } from './body.js';
import { requireFacilitator, requirePrincipal } from './auth-guard.js';
import { HttpError } from './errors.js';
import { publicOrigin, type ApiDeps } from './deps.js';
import type { Router } from './router.js';

const CreateEventBody = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(200),
  language: z.enum(['sv', 'en']).default('sv'),
  organiser: z.string().trim().max(200).default(''),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
    .nullish()
    .transform((d) => d ?? null),
  template: z.enum(['ai-4d', 'empty']).default('ai-4d'),
});

export function toEventSummary(row: EventRow): EventSummary {
  return {
    eventId: row.eventId,
    title: row.title,
    language: row.language,
    organiser: row.organiser,
    date: row.date,
    createdAt: row.createdAt,
  };
}

export function registerEventRoutes(router: Router, deps: ApiDeps): void {
  const { storage, registry, log } = deps;

  router.add('POST', '/api/events', async ({ req }) => {
    const body = await readJson(req, CreateEventBody);
    const eventId = newEventId();
    const facilitatorToken = newToken();
    const projectorToken = newToken();
    const event: EventRow = {
      eventId,
      title: body.title,
      language: body.language,
      organiser: body.organiser,
      date: body.date,
      createdAt: new Date().toISOString(),
    };
    const docRow = (kind: Exclude<DocKind, 'table'>): DocRow => ({
      name: docName({ kind, eventId }),
      eventId,
      kind,
      tableId: null,
      generation: newGeneration(),
    });
    const tokens: TokenRow[] = [
      { tokenHash: hashToken(facilitatorToken), eventId, role: 'facilitator', tableId: null },
      { tokenHash: hashToken(projectorToken), eventId, role: 'projector', tableId: null },
    ];
    storage.createEvent(event, [docRow('event'), docRow('board')], tokens);
    try {
      // The one time default content is written: at creation, never on load.
      registry.write(docName({ kind: 'event', eventId }), (doc) =>
        initEventDoc(
          doc,
          { title: body.title, organiser: body.organiser, date: body.date, language: body.language },
          getTemplate(body.template, body.language),
          Origin.server,
        ),
      );
    } catch (error) {
      storage.deleteEvent(eventId);
      throw error;
    }
    log.info({ eventId, template: body.template }, 'event created');
    const origin = publicOrigin(deps, req);
    const response: CreateEventResponse = {
      eventId,
      facilitatorToken,
      facilitatorUrl: `${origin}/f/${eventId}#${facilitatorToken}`,
      projectorUrl: `${origin}/p/${eventId}#${projectorToken}`,
      docs: grantsFor(storage, { role: 'facilitator', eventId, tableId: null, tokenHash: '' }),
    };
    return { status: 201, body: response };
  });

  router.add('DELETE', '/api/events/:eventId', ({ req, params }) => {
    const eventId = params.eventId!;
    requireFacilitator(storage, req, eventId);
    const names = storage.listDocs(eventId).map((d) => d.name);
    storage.deleteEvent(eventId);
    registry.drop(names, CloseCode.documentGone, 'event deleted');
    log.info({ eventId }, 'event deleted');
    return { status: 204 };
  });

  router.add('GET', '/api/session', ({ req }) => {
    const principal = requirePrincipal(storage, req);
    const event = storage.getEvent(principal.eventId);
    if (!event) throw new HttpError('not_found', 'The event no longer exists.');
    const response: SessionResponse = {
      role: principal.role,
      eventId: principal.eventId,
      ...(principal.tableId ? { tableId: principal.tableId } : {}),
      event: toEventSummary(event),
      docs: grantsFor(storage, principal),
    };
    return { status: 200, body: response };
  });
}

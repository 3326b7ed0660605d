/**
 * Events: create (anyone — creating an event grants nothing over other events), delete (its
 * facilitator), and the session of any token.
 */
import { z } from 'zod';
import type { EventSummary, SessionResponse } from '../../shared/api.js';
import { CloseCode } from '../../shared/protocol.js';
import { initEventDoc } from '../../shared/docs/event-doc.js';
import { Origin } from '../../shared/docs/origins.js';
import { getTemplate } from '../../shared/workbook/ai-4d.js';
import type { EventRow } from '../storage/storage.js';
import { createEvent } from '../events/create.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { grantsFor } from '../auth/principal.js';
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
    const info = { title: body.title, language: body.language, organiser: body.organiser, date: body.date };
    const response = createEvent(storage, registry, info, publicOrigin(deps, req), (doc) =>
      initEventDoc(doc, info, getTemplate(body.template, body.language), Origin.server),
    );
    log.info({ eventId: response.eventId, template: body.template }, 'event created');
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

  // The server keeps only hashes, so a lost projector link cannot be shown again: issue a new one.
  // Earlier projector links keep working (a screen already showing the day is not cut off).
  router.add('POST', '/api/events/:eventId/projector-link', ({ req, params }) => {
    const eventId = params.eventId!;
    requireFacilitator(storage, req, eventId);
    const token = newToken();
    storage.addToken({ tokenHash: hashToken(token), eventId, role: 'projector', tableId: null });
    return { status: 201, body: { projectorUrl: `${publicOrigin(deps, req)}/p/${eventId}#${token}` } };
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

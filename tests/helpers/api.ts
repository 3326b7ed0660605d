/** Typed calls to the HTTP API, as a client would make them. */
import { apiFetch } from '../../scripts/lib/http-api.js';
import type { CreateEventResponse, CreateTableResponse, JoinResponse } from '../../shared/api.js';

/** A call to the HTTP API: status and parsed body, whatever the status. */
export async function api<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const { status, body: parsed } = await apiFetch<T>(baseUrl, method, path, body, token);
  return { status, body: parsed };
}

export interface Fixture {
  event: CreateEventResponse;
  /** Projector token, read from the projector URL's fragment. */
  projectorToken: string;
  tables: (CreateTableResponse & { token: string; join: JoinResponse })[];
}

/** Creates an event with `tableCount` tables and joins one tablet at each. */
export async function createFixture(baseUrl: string, tableCount = 2, title = 'Testdag'): Promise<Fixture> {
  const created = await api<CreateEventResponse>(baseUrl, 'POST', '/api/events', { title });
  if (created.status !== 201) throw new Error(`create event: ${created.status}`);
  const event = created.body;
  const tables: Fixture['tables'] = [];
  for (let i = 0; i < tableCount; i++) {
    const t = await api<CreateTableResponse>(
      baseUrl,
      'POST',
      `/api/events/${event.eventId}/tables`,
      { name: `Bord ${i + 1}`, organisations: [`Kommun ${i + 1}`] },
      event.facilitatorToken,
    );
    if (t.status !== 201) throw new Error(`create table: ${t.status}`);
    const j = await api<JoinResponse>(baseUrl, 'POST', '/api/join', { code: t.body.joinCode });
    if (j.status !== 200) throw new Error(`join: ${j.status}`);
    tables.push({ ...t.body, token: j.body.token, join: j.body });
  }
  return { event: event, projectorToken: event.projectorUrl.split('#')[1]!, tables };
}

export const eventDocName = (f: Fixture) => `event.${f.event.eventId}`;
export const boardDocName = (f: Fixture) => `board.${f.event.eventId}`;

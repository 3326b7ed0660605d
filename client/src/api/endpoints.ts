/** One typed function per HTTP endpoint (shared/api.ts holds the shapes the server produces). */
import type {
  CreateEventRequest,
  CreateEventResponse,
  CreateTableRequest,
  CreateTableResponse,
  JoinResponse,
  ListTablesResponse,
  SessionResponse,
  TableSummary,
  UpdateTableRequest,
} from '../../../shared/api.js';
import { apiRequest, type ApiResult } from './http.js';

const tablesPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/tables`;
const tablePath = (eventId: string, tableId: string) =>
  `${tablesPath(eventId)}/${encodeURIComponent(tableId)}`;

export function createEvent(request: CreateEventRequest): Promise<ApiResult<CreateEventResponse>> {
  return apiRequest('POST', '/api/events', { body: request });
}

/** Who a token belongs to and the documents it may open (any role). */
export function getSession(token: string, signal?: AbortSignal): Promise<ApiResult<SessionResponse>> {
  return apiRequest('GET', '/api/session', { token, ...(signal ? { signal } : {}) });
}

export function joinTable(code: string): Promise<ApiResult<JoinResponse>> {
  return apiRequest('POST', '/api/join', { body: { code } });
}

export function listTables(eventId: string, token: string): Promise<ApiResult<ListTablesResponse>> {
  return apiRequest('GET', tablesPath(eventId), { token });
}

export function createTable(
  eventId: string,
  token: string,
  request: CreateTableRequest,
): Promise<ApiResult<CreateTableResponse>> {
  return apiRequest('POST', tablesPath(eventId), { token, body: request });
}

export function updateTable(
  eventId: string,
  tableId: string,
  token: string,
  request: UpdateTableRequest,
): Promise<ApiResult<TableSummary>> {
  return apiRequest('PATCH', tablePath(eventId, tableId), { token, body: request });
}

export function deleteTable(eventId: string, tableId: string, token: string): Promise<ApiResult<void>> {
  return apiRequest('DELETE', tablePath(eventId, tableId), { token });
}

export function rotateJoinCode(
  eventId: string,
  tableId: string,
  token: string,
): Promise<ApiResult<TableSummary>> {
  return apiRequest('POST', `${tablePath(eventId, tableId)}/rotate-code`, { token });
}

/** A new projector link (the server cannot show an old one again; old ones keep working). */
export function newProjectorLink(
  eventId: string,
  token: string,
): Promise<ApiResult<{ projectorUrl: string }>> {
  return apiRequest('POST', `/api/events/${encodeURIComponent(eventId)}/projector-link`, { token });
}

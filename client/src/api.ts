// Typed access to the Roundtable REST API. Same-origin cookies carry the session; error bodies
// `{ error }` become ApiError messages a page can show as they are.
import type { Agency, Meeting, Page, Panel, Person, PublicUser } from '../../shared/domain/records';
import type { MeetingStatus } from '../../shared/domain/schemas';
import type { AgencyEmail } from '../../shared/api/close';
import type { TrackedActionPatch, TrackedActionView } from '../../shared/api/trackedActions';
import type { AgencyList, ClosedRecord } from '../../shared/domain/closedRecord';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the server answers 401 to a signed-in request (e.g. the session expired). */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** The sign-in form handles its own 401; every other request treats 401 as "signed out". */
  expectUnauthorized?: boolean;
}

function fallbackMessage(status: number): string {
  if (status === 403) return 'You do not have permission to see or change this';
  if (status === 404) return 'Page not found';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return `The request failed (${status})`;
}

async function readError(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string' && body.error) return body.error;
  } catch {
    // not JSON: fall through to a generic message
  }
  return fallbackMessage(res.status);
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'Roundtable cannot be reached. Check your connection and try again.');
  }
  if (!res.ok) {
    const error = new ApiError(res.status, await readError(res));
    if (res.status === 401 && !options.expectUnauthorized) unauthorizedListeners.forEach((listener) => listener());
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface ActionsQuery {
  agencyId?: string;
  /** Comma-separated statuses, or 'outstanding' for every still-open status. */
  status?: string;
  overdue?: boolean;
  offset?: number;
  limit?: number;
}

/** Where the agency list of a closed meeting is, as a page, PDF or CSV. */
export function agencyListUrl(meetingId: string, agencyId: string, format?: 'pdf' | 'csv'): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/agency-actions/${encodeURIComponent(agencyId)}${format ? `?format=${format}` : ''}`;
}

export function minutesUrl(meetingId: string, format?: 'pdf' | 'html'): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/minutes${format ? `?format=${format}` : ''}`;
}

export interface PeopleQuery {
  q?: string;
  releaseFrom?: string;
  releaseTo?: string;
  offset?: number;
  limit?: number;
}

export const api = {
  me: (signal?: AbortSignal) => request<{ user: PublicUser }>('/api/me', { signal, expectUnauthorized: true }),
  login: (username: string, password: string) =>
    request<{ user: PublicUser }>('/api/auth/login', { method: 'POST', body: { username, password }, expectUnauthorized: true }),
  logout: () => request<void>('/api/auth/logout', { method: 'POST', expectUnauthorized: true }),

  meetings: (filter: { status?: MeetingStatus; offset?: number; limit?: number }, signal?: AbortSignal) =>
    request<Page<Meeting>>(`/api/meetings${query(filter)}`, { signal }),
  meeting: (id: string, signal?: AbortSignal) => request<Meeting>(`/api/meetings/${encodeURIComponent(id)}`, { signal }),

  people: (filter: PeopleQuery, signal?: AbortSignal) => request<Page<Person>>(`/api/people${query({ ...filter })}`, { signal }),
  person: (id: string, signal?: AbortSignal) => request<Person>(`/api/people/${encodeURIComponent(id)}`, { signal }),
  personViewers: (id: string, signal?: AbortSignal) =>
    request<{ items: { userId: string; displayName: string; agencyId: string; at: string }[] }>(`/api/people/${encodeURIComponent(id)}/viewers`, { signal }),

  actions: (filter: ActionsQuery, signal?: AbortSignal) =>
    request<Page<TrackedActionView>>(`/api/actions${query({ ...filter, overdue: filter.overdue ? 'true' : undefined })}`, { signal }),
  action: (id: string, signal?: AbortSignal) => request<TrackedActionView>(`/api/actions/${encodeURIComponent(id)}`, { signal }),
  updateAction: (id: string, patch: TrackedActionPatch) =>
    request<TrackedActionView>(`/api/actions/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
  agencyList: (meetingId: string, agencyId: string, signal?: AbortSignal) => request<AgencyList>(agencyListUrl(meetingId, agencyId), { signal }),
  minutes: async (meetingId: string, signal?: AbortSignal) => (await request<{ record: ClosedRecord; contentHash: string }>(minutesUrl(meetingId), { signal })).record,
  emails: async (meetingId: string, signal?: AbortSignal) => {
    const body = await request<AgencyEmail[] | { items: AgencyEmail[] }>(`/api/meetings/${encodeURIComponent(meetingId)}/emails`, { signal });
    return Array.isArray(body) ? body : body.items;
  },
  retryEmail: (meetingId: string, emailId: string) =>
    request<unknown>(`/api/meetings/${encodeURIComponent(meetingId)}/emails/${encodeURIComponent(emailId)}/retry`, { method: 'POST' }),

  agency: (id: string, signal?: AbortSignal) => request<Agency>(`/api/agencies/${encodeURIComponent(id)}`, { signal }),
  agencies: (signal?: AbortSignal) => request<Page<Agency>>('/api/agencies?limit=200', { signal }),
  users: (signal?: AbortSignal) => request<Page<PublicUser>>('/api/users?limit=200', { signal }),
  panels: (signal?: AbortSignal) => request<Page<Panel>>('/api/panels?limit=200', { signal }),
};

// The REST calls behind adding and changing a person. A 400 keeps its field names so the form can put
// the server's messages in the same error summary as its own.
import type { Person, PersonView } from '../../../../shared/domain/records';
import type { PersonInput } from '../../../../shared/domain/schemas';
import type { CustodyEpisode, CustodyEpisodeInput, CustodyEpisodesView } from '../../../../shared/domain/custodyEpisodes';
import { ApiError, request } from '../../api';

export class FieldErrors extends ApiError {
  constructor(
    message: string,
    readonly fields: { field: string; message: string }[],
  ) {
    super(400, message);
    this.name = 'FieldErrors';
  }
}

async function send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Roundtable cannot be reached. Check your connection and try again.');
  }
  if (res.ok) return (await res.json()) as T;
  let answer: { error?: unknown; fields?: unknown; details?: unknown } = {};
  try {
    answer = (await res.json()) as typeof answer;
  } catch {
    // not JSON
  }
  const message = typeof answer.error === 'string' ? answer.error : `The request failed (${res.status})`;
  const fields = Array.isArray(answer.fields) ? answer.fields : Array.isArray(answer.details) ? answer.details : null;
  if (res.status === 400 && fields) throw new FieldErrors(message, fields as { field: string; message: string }[]);
  if (res.status === 401) {
    // Let the shared request path tell the session it has ended (it notifies the sign-in listeners).
    await request('/api/me').catch(() => undefined);
  }
  throw new ApiError(res.status, message);
}

export const personApi = {
  view: (id: string, signal?: AbortSignal) => request<PersonView>(`/api/people/${encodeURIComponent(id)}`, { signal }),
  create: (input: PersonInput) => send<Person>('POST', '/api/people', input),
  update: (id: string, patch: Partial<PersonInput>) => send<Person>('PATCH', `/api/people/${encodeURIComponent(id)}`, patch),
  episodes: (id: string, signal?: AbortSignal) => request<CustodyEpisodesView>(`/api/people/${encodeURIComponent(id)}/custody-episodes`, { signal }),
  addEpisode: (id: string, input: CustodyEpisodeInput) => send<CustodyEpisode>('POST', `/api/people/${encodeURIComponent(id)}/custody-episodes`, input),
  changeEpisode: (id: string, episodeId: string, input: CustodyEpisodeInput) =>
    send<CustodyEpisode>('PUT', `/api/people/${encodeURIComponent(id)}/custody-episodes/${encodeURIComponent(episodeId)}`, input),
};

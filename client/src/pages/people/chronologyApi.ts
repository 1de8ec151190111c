// GET /api/people/:id/chronology: the person's chronology as this user may see it, newest first.
import type { Chronology } from '../../../../shared/domain/chronology';
import { request } from '../../api';

export const chronologyApi = {
  forPerson: (personId: string, signal?: AbortSignal) => request<Chronology>(`/api/people/${encodeURIComponent(personId)}/chronology`, { signal }),
};

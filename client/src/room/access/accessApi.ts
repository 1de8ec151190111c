// The REST calls for who may see what inside a meeting: restricted sections, requests, item agencies.
import type { AccessDecision, RestrictedStatus } from '../../../../shared/api/meetingAccess';
import type { AccessRequest, AgendaItem } from '../../../../shared/domain/records';
import { request } from '../../api';
import type { MeetingWithLiveDocuments } from '../../live/liveDocuments';

/** GET /api/meetings/:id as this user may see it: each agenda item says whether their agency takes part. */
export type MeetingView = Omit<MeetingWithLiveDocuments, 'agenda'> & { agenda: (AgendaItem & { takesPart?: boolean })[] };

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;
const restrictedPath = (meetingId: string, personId: string) => `${meetingPath(meetingId)}/restricted/${encodeURIComponent(personId)}`;

export const accessApi = {
  meetingView: (meetingId: string, signal?: AbortSignal) => request<MeetingView>(meetingPath(meetingId), { signal }),
  restrictedStatus: (meetingId: string, personId: string, signal?: AbortSignal) => request<RestrictedStatus>(restrictedPath(meetingId, personId), { signal }),
  setRestrictedAgencies: (meetingId: string, personId: string, agencyIds: string[]) =>
    request<unknown>(restrictedPath(meetingId, personId), { method: 'PUT', body: { agencyIds } }),
  askForRestricted: (meetingId: string, personId: string) => request<AccessRequest>(`${restrictedPath(meetingId, personId)}/requests`, { method: 'POST', body: {} }),
  pendingRequests: async (meetingId: string, signal?: AbortSignal) =>
    (await request<{ items: AccessRequest[] }>(`${meetingPath(meetingId)}/access-requests`, { signal })).items,
  decideRequest: (meetingId: string, requestId: string, decision: AccessDecision) =>
    request<AccessRequest>(`${meetingPath(meetingId)}/access-requests/${encodeURIComponent(requestId)}`, { method: 'POST', body: { decision } }),
  setItemAgencies: (meetingId: string, itemId: string, agencyIds: string[] | null) =>
    request<unknown>(`${meetingPath(meetingId)}/items/${encodeURIComponent(itemId)}/agencies`, { method: 'PUT', body: { agencyIds } }),
};

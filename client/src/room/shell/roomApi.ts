// The REST calls the room makes: actions of the live meeting and the close.
import type { CloseResult, CloseReview } from '../../../../shared/api/close';
import type { LiveAction } from '../../../../shared/domain/actions';
import type { ActionInput, ActionPatch } from '../../../../shared/domain/schemas';
import { request } from '../../api';

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export const roomApi = {
  addAction: (meetingId: string, input: ActionInput) => request<LiveAction>(`${meetingPath(meetingId)}/actions`, { method: 'POST', body: input }),
  updateAction: (meetingId: string, actionId: string, patch: ActionPatch) =>
    request<LiveAction>(`${meetingPath(meetingId)}/actions/${encodeURIComponent(actionId)}`, { method: 'PATCH', body: patch }),
  closeReview: (meetingId: string) => request<CloseReview>(`${meetingPath(meetingId)}/close-review`),
  close: (meetingId: string) => request<CloseResult>(`${meetingPath(meetingId)}/close`, { method: 'POST', body: {} }),
};

// The REST calls the room makes: actions of the live meeting and the close.
import type { ActionInput, ActionPatch } from '../../../shared/domain/schemas';
import type { ActionFields } from '../../../shared/live/layout';
import type { RedFlag } from '../../../shared/logic/redFlags';
import { request } from '../api';

interface ActionBrief {
  id: string;
  text: string;
  agencyId: string;
}

/** What GET /api/meetings/:id/close-review returns: the gaps the chair checks before closing. */
export interface CloseReview {
  meetingId: string;
  status: string;
  actionCount: number;
  withoutOwner: ActionBrief[];
  withoutDueDate: ActionBrief[];
  redFlags: { personId: string; flags: RedFlag[] }[];
}

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export const roomApi = {
  addAction: (meetingId: string, input: ActionInput) => request<ActionFields>(`${meetingPath(meetingId)}/actions`, { method: 'POST', body: input }),
  updateAction: (meetingId: string, actionId: string, patch: ActionPatch) =>
    request<ActionFields>(`${meetingPath(meetingId)}/actions/${encodeURIComponent(actionId)}`, { method: 'PATCH', body: patch }),
  closeReview: (meetingId: string) => request<CloseReview>(`${meetingPath(meetingId)}/close-review`),
  close: (meetingId: string) => request<{ status: 'closed'; closedAt: string }>(`${meetingPath(meetingId)}/close`, { method: 'POST', body: {} }),
};

// The REST calls behind "Previous actions" in the room: the earlier actions this meeting reviews, updates made here
// (the same policy and audit as between meetings) and the panel's decision about one that could not be done.
import { request } from '../../api';
import type { PanelDecisionInput, TrackedActionInReview, TrackedActionPatch, TrackedActionReviewList } from '../../../../shared/api/trackedActions';

const path = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/previous-actions`;

export const trackedActionReviewApi = {
  list: (meetingId: string) => request<TrackedActionReviewList>(path(meetingId)),
  update: (meetingId: string, actionId: string, patch: TrackedActionPatch) =>
    request<TrackedActionInReview>(`${path(meetingId)}/${encodeURIComponent(actionId)}`, { method: 'PATCH', body: patch }),
  decide: (meetingId: string, actionId: string, decision: PanelDecisionInput) =>
    request<TrackedActionInReview>(`${path(meetingId)}/${encodeURIComponent(actionId)}/decision`, { method: 'POST', body: decision }),
};

// The REST calls the room makes: the close.
import type { CloseResult, CloseReview } from '../../../../shared/api/close';
import { request } from '../../api';

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export const roomApi = {
  closeReview: (meetingId: string) => request<CloseReview>(`${meetingPath(meetingId)}/close-review`),
  close: (meetingId: string) => request<CloseResult>(`${meetingPath(meetingId)}/close`, { method: 'POST', body: {} }),
};

// The REST calls behind "Schedule the next meeting".
import type { Meeting, Page, Panel } from '../../../../shared/domain/records';
import type { ProposedAgenda } from '../../../../shared/api/trackedActions';
import type { MeetingInput } from '../../../../shared/domain/schemas';
import { request } from '../../api';

export const scheduleApi = {
  panels: (signal?: AbortSignal) => request<Page<Panel>>('/api/panels?limit=200', { signal }),
  proposedAgenda: (panelId: string, signal?: AbortSignal) => request<ProposedAgenda>(`/api/panels/${encodeURIComponent(panelId)}/proposed-agenda`, { signal }),
  createMeeting: (input: MeetingInput) => request<Meeting>('/api/meetings', { method: 'POST', body: input }),
};

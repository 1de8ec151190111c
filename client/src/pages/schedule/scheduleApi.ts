// The REST calls behind "Schedule the next meeting".
import type { Meeting, Page, Panel } from '../../../../shared/domain/records';
import type { AgendaItemInput, MeetingInput } from '../../../../shared/domain/schemas';
import { request } from '../../api';

/** Why a case is on the proposed agenda, as GET /api/panels/:panelId/proposed-agenda explains it. */
export interface ProposedCase {
  personId: string;
  name: string;
  caseReference: string;
  releaseDate: string | null;
  openActions: number;
  reasons: string[];
}

export interface ProposedAgenda {
  panelId: string;
  agenda: AgendaItemInput[];
  cases: ProposedCase[];
  openActionCount: number;
}

export const scheduleApi = {
  panels: (signal?: AbortSignal) => request<Page<Panel>>('/api/panels?limit=200', { signal }),
  proposedAgenda: (panelId: string, signal?: AbortSignal) => request<ProposedAgenda>(`/api/panels/${encodeURIComponent(panelId)}/proposed-agenda`, { signal }),
  createMeeting: (input: MeetingInput) => request<Meeting>('/api/meetings', { method: 'POST', body: input }),
};

// POST /api/meetings/:id/people/:personId/risk-levels: the only way a RoSH level changes, always with a reason.
import type { RiskLevelChange, RiskLevelChangeInput } from '../../../../shared/domain/riskLevels';
import { request } from '../../api';

export const riskLevelApi = {
  change: (meetingId: string, personId: string, input: RiskLevelChangeInput) =>
    request<RiskLevelChange>(`/api/meetings/${encodeURIComponent(meetingId)}/people/${encodeURIComponent(personId)}/risk-levels`, { method: 'POST', body: input }),
};

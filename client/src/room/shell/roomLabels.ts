// Words the room shows for the live documents' codes.
import type { MeetingState } from '../../../../shared/live/controlEvents';
import type { CheckState, PathwayStatus } from '../../../../shared/live/caseFields';

export const ROSH_LEVEL_LABELS: Record<string, string> = { '': 'Not assessed', low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' };

export const PATHWAY_STATUS_LABELS: Record<PathwayStatus, string> = {
  'not-assessed': 'Not assessed',
  'no-need': 'No need',
  need: 'Need identified',
  'in-hand': 'In hand',
  resolved: 'Resolved',
};

export const CHECK_STATE_LABELS: Record<CheckState, string> = { unresolved: 'Not yet arranged', confirmed: 'Confirmed', 'not-needed': 'Not needed' };

export const MEETING_STATE_LABELS: Record<MeetingState, string> = { scheduled: 'Not started', running: 'In progress', paused: 'Paused', closed: 'Closed' };

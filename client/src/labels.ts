// Words shown for the API's codes.
import type { MeetingStatus, MeetingType } from '../../shared/domain/schemas';

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { scheduled: 'Scheduled', live: 'In progress', closed: 'Closed' };

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  IOM: 'IOM panel',
  MAPPA: 'MAPPA meeting',
  'complex-needs': 'Complex-needs panel',
  'release-panel': 'Prison-release panel',
  professionals: "Professionals' meeting",
};

export const CUSTODY_STATUS_LABELS: Record<string, string> = {
  'in-custody': 'In custody',
  'on-licence': 'On licence',
  'community-order': 'Community order',
  'post-sentence': 'Post-sentence supervision',
  diversion: 'Diversion',
};

export const IOM_COHORT_LABELS: Record<string, string> = { fixed: 'Fixed', flex: 'Flex', free: 'Free' };

export const ROLE_LABELS: Record<string, string> = {
  admin: 'Administrator',
  chair: 'Chair',
  member: 'Agency representative',
  'minute-taker': 'Minute-taker',
  observer: 'Observer',
  guest: 'Guest',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'not-done': 'Not done',
  'could-not-be-done': 'Could not be done: change in circumstance',
};

export const EMAIL_STATE_LABELS: Record<string, string> = {
  queued: 'Waiting to send',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  'not-configured': 'Not sent: e-mail is not set up',
};

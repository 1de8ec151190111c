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
  remand: 'On remand',
  sentenced: 'Sentenced (in custody)',
  recalled: 'Recalled to custody',
  'unlawfully-at-large': 'Unlawfully at large',
  'on-licence': 'On licence',
  'on-hdc': 'On home detention curfew (HDC)',
  'post-sentence': 'Post-sentence supervision',
  'community-order': 'In the community on an order',
  diversion: 'Diversion',
  // Stored before custody was split into remand, sentenced and recalled; the server reads it as 'sentenced'.
  'in-custody': 'Sentenced (in custody)',
};

export const ACCOMMODATION_TYPE_LABELS: Record<string, string> = {
  'no-fixed-abode': 'No fixed abode',
  'approved-premises': 'Approved premises',
  cas1: 'CAS1 (approved premises)',
  cas2: 'CAS2 (bail and home detention curfew)',
  cas3: 'CAS3 (temporary accommodation)',
  hostel: 'Hostel',
  'family-or-friends': 'With family or friends',
  'own-tenancy': 'Own tenancy',
  other: 'Other',
};

export const GENDER_LABELS: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  'non-binary': 'Non-binary',
  other: 'Other',
  'not-known': 'Not known',
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

export const EMAIL_STATE_LABELS: Record<string, string> = {
  queued: 'Waiting to send',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  'not-configured': 'Not sent: e-mail is not set up',
};

// The agencies allowed into a person's restricted section, by the server's rule: as named, else meeting-wide, else the chair's agency.
import type { Meeting } from '../../../../shared/domain/records';

export function restrictedAgencyIds(meeting: Meeting, personId: string, chairAgencyId: string | null): string[] {
  return meeting.restrictedAccess?.[personId] ?? meeting.restrictedAgencyIds ?? (chairAgencyId ? [chairAgencyId] : []);
}

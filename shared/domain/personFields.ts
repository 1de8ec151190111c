// The person fields only the lead agency, a chair of one of the person's panels or an administrator may change:
// the server's policy enforces the list and the person form shows these read-only to everyone else.
import type { PersonInput } from './schemas.js';

/** Identity, custody, release date and MAPPA: only the lead agency, a chair of one of the person's panels or an administrator. */
export const PROTECTED_PERSON_FIELDS = [
  'name',
  'dateOfBirth',
  'gender',
  'ethnicity',
  'caseReference',
  'crn',
  'prisonNumber',
  'pncNumber',
  'visorReference',
  'custodyStatus',
  'prison',
  'sentenceExpiryDate',
  'licenceExpiryDate',
  'conditionalReleaseDate',
  'hdcEligibilityDate',
  'paroleEligibilityDate',
  'releaseDate',
  'mappaCategory',
  'mappaLevel',
  'iomCohort',
  'leadAgencyId',
  'caseTeamAgencyIds',
  'panelIds',
] as const satisfies readonly (keyof PersonInput)[];

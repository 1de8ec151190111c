// The first days after release: release-day confirmation and the day-1 itinerary of one person.
import { z } from 'zod';
import { firstDaysCheckInput, itineraryEntryInput, itineraryInput, RELEASE_OUTCOMES, releaseConfirmationInput } from '../../../shared/domain/firstDays.js';
import { CHECK_STATES, DAY_OF_RELEASE, type DayOfReleaseKey } from '../../../shared/live/caseFields.js';
import type { ApiArea } from './operation.js';

const confirmation = z
  .object({
    _id: z.string(),
    personId: z.string(),
    releaseDate: z.string().describe('The release date this confirmation answers'),
    outcome: z.enum(RELEASE_OUTCOMES),
    date: z.string(),
    time: z.string(),
    note: z.string().optional(),
    recordedBy: z.string(),
    recordedByName: z.string().optional(),
    agencyId: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ReleaseConfirmation' });

const confirmations = z.object({
  latest: confirmation.nullable().describe('The latest confirmation for the current release date'),
  items: z.array(confirmation),
  canConfirm: z.boolean(),
});

const itinerary = z
  .object({
    personId: z.string(),
    firstName: z.string(),
    releaseDate: z.string().nullable(),
    entries: z.array(itineraryEntryInput.extend({ agencyName: z.string().optional() })),
    updatedAt: z.string().nullable(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Itinerary' });

const firstDaysItem = z.object({
  key: z.enum(DAY_OF_RELEASE.map((d) => d.key) as [DayOfReleaseKey, ...DayOfReleaseKey[]]),
  label: z.string(),
  state: z.enum(CHECK_STATES),
  recordedBy: z.string().optional().describe('Who recorded it between meetings'),
  recordedAt: z.string().optional(),
});

const firstDaysView = z
  .object({
    personId: z.string(),
    releaseDate: z.string().nullable(),
    daysSinceRelease: z.number().int().nullable().describe('Release day is 0'),
    inWindow: z.boolean().describe('From release day to day 3 after it'),
    items: z.array(firstDaysItem),
    flags: z.array(z.object({ code: z.string(), severity: z.string(), message: z.string(), checklistKeys: z.array(z.string()).optional() })),
    canCheck: z.boolean(),
    meeting: z.object({ id: z.string(), title: z.string() }).nullable().describe('The meeting whose checklist the items start from'),
  })
  .meta({ id: 'FirstDays' });

export const firstDays: ApiArea = {
  tag: 'first-days',
  description: 'The first days after release: what happened on release day, and the day-1 itinerary',
  operations: [
    {
      method: 'get',
      path: '/api/people/{id}/release-confirmation',
      summary: 'What happened on release day: the latest confirmation for the current release date and the earlier ones',
      roles: 'anyone who may see the person',
      response: confirmations,
      errors: [403, 404],
    },
    {
      method: 'post',
      path: '/api/people/{id}/release-confirmation',
      summary: 'Confirm what happened on release day (on or after the release date; audited)',
      roles: "the person's lead agency, or a chair of one of their panels",
      body: releaseConfirmationInput,
      status: 201,
      response: confirmation,
      errors: [403, 404, 409],
    },
    {
      method: 'get',
      path: '/api/people/{id}/first-days',
      summary: "The day-of-release items of the first days after release: the latest meeting's checklist with what was confirmed since, and the red flags",
      roles: "the agencies on the case and the chairs of the person's panels",
      response: firstDaysView,
      errors: [403, 404],
    },
    {
      method: 'put',
      path: '/api/people/{id}/first-days/{key}',
      summary: 'Confirm a day-of-release item, mark it not needed or open it again, for the current release date (audited; a live meeting shows it at once)',
      roles: "members and chairs of the agencies on the case, chairs of the person's panels",
      body: firstDaysCheckInput,
      response: firstDaysView,
      errors: [403, 404, 409],
    },
    {
      method: 'get',
      path: '/api/people/{id}/itinerary',
      summary: 'The day-1 itinerary (time, place, agency, what), in time order (audited)',
      roles: 'the agencies on the case (lead agency and case team)',
      response: itinerary,
      errors: [403, 404],
    },
    {
      method: 'put',
      path: '/api/people/{id}/itinerary',
      summary: 'Replace the day-1 itinerary (audited)',
      roles: 'members and chairs of the agencies on the case',
      body: itineraryInput,
      response: itinerary,
      errors: [403, 404],
    },
  ],
};

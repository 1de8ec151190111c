// The first days after release, kept on the person (between meetings, not in a meeting's documents):
// the lead agency's confirmation of what happened on release day, and the day-1 itinerary the agencies on the
// case share and print for the person. Schemas shared by the server (validation, OpenAPI) and the client.
import { z } from 'zod';
import { CHECK_STATES, DAY_OF_RELEASE, type CheckState, type DayOfReleaseKey } from '../live/caseFields.js';

export const RELEASE_OUTCOMES = ['released-met', 'released-not-met', 'not-released'] as const;
export type ReleaseOutcome = (typeof RELEASE_OUTCOMES)[number];

export const RELEASE_OUTCOME_LABELS: Record<ReleaseOutcome, string> = {
  'released-met': 'Released and met at the gate',
  'released-not-met': 'Released, not met',
  'not-released': 'Release did not happen',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (what: string) => z.string({ error: `Enter the time ${what}` }).regex(TIME, { error: `Enter the time ${what} as hours and minutes, like 09:30` });
const date = (what: string) => z.iso.date({ error: `Enter ${what} as a real date` });

export const releaseConfirmationInput = z.strictObject({
  outcome: z.enum(RELEASE_OUTCOMES, { error: `Choose what happened: ${RELEASE_OUTCOMES.join(', ')}` }),
  /** The day it happened (defaults to today in the UK). */
  date: date('the day').optional(),
  /** When the person was released, or when it was learned that the release did not happen. */
  time: time('of release (or when you learned it did not happen)'),
  note: z.string().trim().max(2000, { error: 'The note must be 2000 characters or fewer' }).optional(),
});
export type ReleaseConfirmationInput = z.infer<typeof releaseConfirmationInput>;

export interface ReleaseConfirmation {
  _id: string;
  personId: string;
  /** The person's release date this confirmation answers; a later change of release date makes it history. */
  releaseDate: string;
  outcome: ReleaseOutcome;
  date: string;
  time: string;
  note?: string;
  recordedBy: string;
  recordedByName?: string;
  agencyId: string;
  recordedAt: string;
}

/** GET /api/people/:id/release-confirmation: the latest (for the current release date) and every earlier one. */
export interface ReleaseConfirmationView {
  latest: ReleaseConfirmation | null;
  items: ReleaseConfirmation[];
  /** The user may record a confirmation (lead agency or a chair of the person's panels). */
  canConfirm: boolean;
}

export const itineraryEntryInput = z.strictObject({
  date: date('the date of each entry'),
  time: time('of each entry'),
  place: z.string({ error: 'Enter where' }).trim().min(1, { error: 'Enter where' }).max(200, { error: 'Where must be 200 characters or fewer' }),
  /** The agency the person will see; optional (e.g. collecting a prescription at a pharmacy). */
  agencyId: z.string().min(1).max(64).optional(),
  what: z.string({ error: 'Enter what it is for' }).trim().min(1, { error: 'Enter what it is for' }).max(300, { error: 'What it is for must be 300 characters or fewer' }),
});
export type ItineraryEntryInput = z.infer<typeof itineraryEntryInput>;

export const itineraryInput = z.strictObject({
  entries: z.array(itineraryEntryInput).max(30, { error: 'An itinerary holds at most 30 entries' }),
});
export type ItineraryInput = z.infer<typeof itineraryInput>;

export interface ItineraryEntry extends ItineraryEntryInput {
  /** The agency's name, for the print view (which the person reads). */
  agencyName?: string;
}

export interface ItineraryView {
  personId: string;
  /** The person's first name only, for the print view's greeting. */
  firstName: string;
  releaseDate: string | null;
  entries: ItineraryEntry[];
  updatedAt: string | null;
  canEdit: boolean;
}

/** Entries in the order the person lives them. */
export function sortItinerary<T extends { date: string; time: string }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
}

const DAY_OF_RELEASE_KEYS = DAY_OF_RELEASE.map((item) => item.key) as [DayOfReleaseKey, ...DayOfReleaseKey[]];

/** PUT /api/people/:id/first-days/:key: a day-of-release item confirmed, not needed, or open again, between meetings. */
export const firstDaysCheckInput = z.strictObject({
  state: z.enum(CHECK_STATES, { error: `Choose one of: ${CHECK_STATES.join(', ')}` }),
});
export const firstDaysCheckKey = z.enum(DAY_OF_RELEASE_KEYS, { error: 'No such day-of-release item' });
export type FirstDaysCheckInput = z.infer<typeof firstDaysCheckInput>;

/** One check as stored: the latest per person, release date and item (the _id is all three). */
export interface StoredFirstDaysCheck {
  _id: string;
  personId: string;
  /** The release date it answers: a new release date starts again from the meetings' checklist. */
  releaseDate: string;
  key: DayOfReleaseKey;
  state: CheckState;
  by: string;
  byName: string;
  agencyId: string;
  at: string;
}

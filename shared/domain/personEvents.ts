// Release-date and custody-status changes, recorded as events: what changed (old and new), the kind of change, why,
// who said so (source), who recorded it and when. Read by the person page, the chronology and the notification
// centre. Only the lead agency, a chair of one of the person's panels or an administrator may record one
// (server/policy: 'person:release-change').
import { z } from 'zod';
import { CUSTODY_STATUSES, type CustodyStatus } from './schemas.js';
import { RECALL_TYPES, type CustodyEpisode } from './custodyEpisodes.js';

/** The fields that change only through a recorded event (never silently through the person edit). */
export const EVENT_FIELDS = ['releaseDate', 'custodyStatus'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

export const RELEASE_CHANGE_TYPES = [
  'conditional-release',
  'hdc',
  'parole',
  'recall',
  'friday-release-brought-forward',
  'release-date-confirmed',
  'release-postponed',
  'remand-or-new-sentence',
  'released',
  'other',
] as const;
export type ReleaseChangeType = (typeof RELEASE_CHANGE_TYPES)[number];

export const RELEASE_CHANGE_TYPE_LABELS: Record<ReleaseChangeType, string> = {
  'conditional-release': 'Conditional release',
  hdc: 'Home detention curfew (HDC)',
  parole: 'Parole',
  recall: 'Recall',
  'friday-release-brought-forward': 'Friday release brought forward',
  'release-date-confirmed': 'Release date confirmed',
  'release-postponed': 'Release postponed',
  'remand-or-new-sentence': 'Remand or new sentence',
  released: 'Released',
  other: 'Other',
};

/** One action whose due date (set relative to release) moved with the release date. */
export interface MovedAction {
  actionId: string;
  /** The previous resolved due date ("was 4 Dec"). */
  from: string | null;
  /** The new resolved due date ("now 3 Dec"). */
  to: string | null;
}

/** What a custody-status change does to the person's custody episodes, fixed when it is recorded so a retry repeats it. */
export interface EpisodeMoveRecord {
  /** The day of the change: the open episode ends and a new one starts on it. */
  date: string;
  /** The episode open when the change was recorded, which it ends. */
  closeId?: string;
  /** The episode it opens (a recall with its type, a remand, a sentence). */
  open?: Omit<CustodyEpisode, 'personId'>;
}

/** One changed field. A request that changes both fields stores two events with the same changeId. */
export interface PersonEvent {
  _id: string;
  personId: string;
  kind: 'release-change';
  /** Shared by the events recorded by one request; the notifications are keyed by it. */
  changeId: string;
  field: EventField;
  old: string | null;
  new: string | null;
  type: ReleaseChangeType;
  reason: string;
  /** Who said so, e.g. "Prison offender management unit", "Parole Board". */
  source: string;
  /** User id of whoever recorded it, with their name and agency as at the time. */
  by: string;
  byName: string;
  byAgencyId: string;
  at: string;
  /** On the release-date event: tracked actions whose release-relative due dates moved. */
  movedActions?: MovedAction[];
  /** On the custody-status event: the custody episode it ended and the one it opened. */
  episodeMove?: EpisodeMoveRecord;
  /** When the person record carried the change (unset only if the process stopped in between; recovery finishes it). */
  appliedAt?: string;
  /** When the case team and action owners were told. */
  notifiedAt?: string;
  /** How many users were told. */
  notifiedCount?: number;
}

const isoDate = z.iso.date({ message: 'Release date must be a real date, like 2026-12-03' });

/** POST /api/people/:id/release-changes: the new value(s), with the type, reason and source of the change. */
export const releaseChangeInput = z
  .strictObject({
    releaseDate: isoDate.nullable().optional(),
    custodyStatus: z.enum(CUSTODY_STATUSES, { message: `Custody status must be one of: ${CUSTODY_STATUSES.join(', ')}` }).optional(),
    /** With a change to 'recalled': the kind of recall, kept on the recall episode the change opens. */
    recallType: z.enum(RECALL_TYPES, { message: 'Select the type of recall' }).optional(),
    type: z.enum(RELEASE_CHANGE_TYPES, { message: 'Select the type of change' }),
    reason: z.string({ message: 'Enter the reason for the change' }).trim().min(1, 'Enter the reason for the change').max(2000, 'Reason must be 2000 characters or fewer'),
    source: z.string({ message: 'Enter who told you (the source)' }).trim().min(1, 'Enter who told you (the source)').max(200, 'Source must be 200 characters or fewer'),
  })
  .refine((input) => input.releaseDate !== undefined || input.custodyStatus !== undefined, {
    message: 'Give a new release date, a new custody status or both',
  })
  .refine((input) => input.custodyStatus !== 'recalled' || input.recallType !== undefined, { message: 'Select the type of recall', path: ['recallType'] })
  .refine((input) => input.recallType === undefined || input.custodyStatus === 'recalled', { message: 'A type of recall goes with a change to recalled', path: ['recallType'] });
export type ReleaseChangeInput = z.infer<typeof releaseChangeInput>;

/** The answer to a recorded change. */
export interface ReleaseChangeResult {
  events: PersonEvent[];
  /** How many people were told (in the app and by e-mail). */
  notified: number;
}

export type { CustodyStatus };

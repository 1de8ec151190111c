// Shapes of stored records as the API returns them. `_id` is a string everywhere
// (UUIDs), so both store adapters and the client treat ids alike.
import type { ReleaseOutcome } from './firstDays.js';
import type { AgendaItemInput, MeetingStatus, MeetingType, PersonInput, Role } from './schemas.js';

export interface Stamped {
  _id: string;
  createdAt: string;
  updatedAt?: string;
}

export interface Panel extends Stamped {
  name: string;
  type: MeetingType;
  /** Users who chair this panel: they schedule its meetings and plan its agendas. */
  chairIds?: string[];
}

/** A recorded basis on which one panel's shared assessments may carry into another panel's meetings. */
export interface SharingBasis extends Stamped {
  fromPanelId: string;
  toPanelId: string;
  /** Why the sharing is lawful and necessary (e.g. "MAPPA information-sharing agreement 2026"). */
  basis: string;
  createdBy: string;
}

export interface Agency extends Stamped {
  name: string;
  shortName?: string;
  contactEmail: string;
}

/** A user as the API shows it: never the password hash. */
export interface PublicUser {
  _id: string;
  username: string;
  displayName: string;
  email?: string;
  agencyId: string;
  role: Role;
  /** A disabled account signs in nowhere and its sessions are ended. */
  disabled?: boolean;
}

export interface Person extends Stamped, PersonInput {}

/** One person as GET /api/people/:id shows it: with what this user may change. */
export interface PersonView extends Person {
  /** The user may change the person (at least the case-team fields: practitioner, cover, needs, views, accommodation). */
  canEdit: boolean;
  /** The user may also change identity, custody, release and MAPPA fields (PROTECTED_PERSON_FIELDS). */
  canEditProtected: boolean;
  /** The latest recorded change of release date, so screens can say what moved ("was 4 Dec"). */
  lastReleaseChange?: { old: string | null; new: string | null; at: string; type: string };
  /** What the lead agency confirmed happened on the current release date, once recorded (the release words follow it). */
  releaseOutcome?: ReleaseOutcome;
  /** The user may see the day-of-release items of the first days after release (GET /api/people/:id/first-days). */
  canSeeFirstDays: boolean;
  /** The user may see the day-1 itinerary (the agencies on the case only). */
  canSeeItinerary: boolean;
}

/** Which agencies take part in one agenda item ("leave the room" for the others). */
export interface ItemAccess {
  agencyIds: string[];
}

/** A guest invited for named agenda items only. */
export interface GuestInvite {
  userId: string;
  itemIds: string[];
  /** Read-only unless the chair allows writing. */
  canWrite: boolean;
  /** When set, the guest sees the items during this window; otherwise only while one of them is current. */
  window?: { from: string; to: string };
}

export interface AgendaItem extends AgendaItemInput {
  id: string;
}

export interface Meeting extends Stamped {
  panelId: string;
  title: string;
  type: MeetingType;
  startsAt: string;
  chairId: string;
  attendeeIds: string[];
  status: MeetingStatus;
  agenda: AgendaItem[];
  /** When the chair started it: the day it was actually held (the record says "held on" this, not startsAt). */
  startedAt?: string;
  closedAt?: string;
  /** Agencies whose members may open the restricted documents; unset means the chair's agency only. */
  restrictedAgencyIds?: string[];
  /** Per agenda item id: the agencies taking part. An item without an entry is open to every attendee. */
  itemAccess?: Record<string, ItemAccess>;
  /** Per person id: the agencies allowed into that person's restricted sections (overrides restrictedAgencyIds). */
  restrictedAccess?: Record<string, string[]>;
  /** Guests and the items they are invited for. A guest sees nothing else of the meeting. */
  guests?: GuestInvite[];
}

/** A request to see a person's restricted sections in one meeting, granted or refused by the chair. */
export interface AccessRequest {
  _id: string;
  meetingId: string;
  personId: string;
  userId: string;
  agencyId: string;
  status: 'pending' | 'granted' | 'refused';
  createdAt: string;
  decidedAt?: string;
  decidedBy?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** One entry of the append-only audit log. */
export interface AuditEntry {
  _id: string;
  at: string;
  userId: string | null;
  action: string;
  targetType: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

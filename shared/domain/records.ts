// Shapes of stored records as the API returns them. `_id` is a string everywhere
// (UUIDs), so both store adapters and the client treat ids alike.
import type { ActionStatus, AgendaItemInput, MeetingStatus, MeetingType, PersonInput, Role } from './schemas.js';

export interface Stamped {
  _id: string;
  createdAt: string;
  updatedAt?: string;
}

export interface Partnership extends Stamped {
  name: string;
}

export interface Panel extends Stamped {
  name: string;
  type: MeetingType;
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
}

export interface Person extends Stamped, PersonInput {}

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
  closedAt?: string;
  /** Agencies whose members may open the restricted documents; unset means the chair's agency only. */
  restrictedAgencyIds?: string[];
}

/** An action as created when a meeting closes, then tracked between meetings. */
export interface ActionRecord extends Stamped {
  meetingId: string;
  liveId: string;
  text: string;
  agencyId: string;
  owner?: string;
  dueDate?: string | null;
  personId?: string;
  pathway?: string;
  status: ActionStatus;
  progressNotes: { at: string; by: string; text: string }[];
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

// Socket.IO meeting control: event names and payloads, typed once for the client and the server.
// The server checks every event; the client's own checks are only for display.
import type { MeetingStatus } from '../domain/schemas.js';

export type MeetingState = 'scheduled' | 'running' | 'paused' | 'closed';

export interface MeetingStateEvent {
  meetingId: string;
  status: MeetingStatus;
  state: MeetingState;
  currentItemId: string | null;
}

export interface PresenceEntry {
  userId: string;
  displayName: string;
  agencyId: string;
  agencyName: string;
  role: string;
  /** When this user's first open connection to the room joined (ISO time). */
  since: string;
}

export interface PresenceEvent {
  meetingId: string;
  users: PresenceEntry[];
}

export interface JoinResult extends MeetingStateEvent {
  presence: PresenceEntry[];
  /** The user may start, pause and move the agenda (display only; the server decides). */
  canControl: boolean;
}

export interface ErrorAck {
  error: string;
}
export type Ack<T> = (result: T | ErrorAck) => void;

export interface MeetingRef {
  meetingId: string;
}

export interface ClientToServerEvents {
  'meeting:join': (payload: MeetingRef, ack: Ack<JoinResult>) => void;
  'meeting:setCurrentItem': (payload: MeetingRef & { itemId: string }, ack: Ack<MeetingStateEvent>) => void;
  'meeting:start': (payload: MeetingRef, ack: Ack<MeetingStateEvent>) => void;
  'meeting:pause': (payload: MeetingRef, ack: Ack<MeetingStateEvent>) => void;
  'meeting:resume': (payload: MeetingRef, ack: Ack<MeetingStateEvent>) => void;
  /** Whether this client holds changes the server has not acknowledged (for the chair's close review). */
  'meeting:unsent': (payload: MeetingRef & { unsent: boolean }, ack?: Ack<{ ok: true }>) => void;
}

/** Sent to a socket that lost a meeting it had joined; it has left the meeting's room. */
export interface AccessRevokedEvent {
  meetingId: string;
  reason: string;
}

export interface ServerToClientEvents {
  'meeting:state': (state: MeetingStateEvent) => void;
  presence: (presence: PresenceEvent) => void;
  'actions:changed': (payload: MeetingRef) => void;
  /** A person on the agenda had their release date or custody status changed: re-read them (the REST read applies need-to-know). */
  'person:changed': (payload: MeetingRef & { personId: string }) => void;
  'access:revoked': (event: AccessRevokedEvent) => void;
}

export function isErrorAck(value: unknown): value is ErrorAck {
  return typeof value === 'object' && value !== null && typeof (value as ErrorAck).error === 'string';
}

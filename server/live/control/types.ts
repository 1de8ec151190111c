// Typed Socket.IO server and socket of meeting control, and the room of each meeting.
import type { Server, Socket } from 'socket.io';
import type { PublicUser } from '../../../shared/domain/records.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/live/controlEvents.js';

export interface SocketData {
  user: PublicUser;
  agencyName: string;
  /** meeting id → when this connection joined that meeting's room. */
  joinedAt: Record<string, string>;
}

export type { AccessRevokedEvent } from '../../../shared/live/controlEvents.js';
export type ServerEvents = ServerToClientEvents;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ControlServer = Server<ClientToServerEvents, ServerEvents, {}, SocketData>;
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ControlSocket = Socket<ClientToServerEvents, ServerEvents, {}, SocketData>;

export function roomOf(meetingId: string): string {
  return `meeting:${meetingId}`;
}

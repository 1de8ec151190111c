// Domain events. Services emit them; the live layer (Socket.IO rooms, Yjs sockets) listens and tells
// the clients. This keeps services free of any transport, and the transports free of each other.
import { EventEmitter } from 'node:events';
import type { Meeting } from '../../shared/domain/records.js';

/**
 * Something that decides who may see or write what has changed. The live layer re-checks every open
 * connection in that scope (Yjs sockets and Socket.IO rooms) and closes or downgrades the ones that
 * lost access. `userId`: that user's role, account, password or sessions changed. `meetingId`: the
 * meeting's attendees, per-item access, guests, current item or restricted allow-lists changed.
 */
export interface AccessScope {
  userId?: string;
  meetingId?: string;
}

export interface DomainEvents {
  'meeting:changed': [meeting: Meeting];
  'meeting:closed': [meeting: Meeting];
  'actions:changed': [meetingId: string];
  'access:changed': [scope: AccessScope];
  /** A person's release date or custody status changed (open rooms about the person refresh their summary). */
  'person:changed': [change: { personId: string; meetingIds: string[] }];
}

export class DomainEventBus extends EventEmitter<DomainEvents> {}

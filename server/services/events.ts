// Domain events. Services emit them; the live layer (Socket.IO rooms) listens and tells the clients.
// This keeps services free of any transport, and the transports free of each other.
import { EventEmitter } from 'node:events';
import type { Meeting } from '../../shared/domain/records.js';

export interface DomainEvents {
  'meeting:changed': [meeting: Meeting];
  'meeting:closed': [meeting: Meeting];
  'actions:changed': [meetingId: string];
}

export class DomainEventBus extends EventEmitter<DomainEvents> {}

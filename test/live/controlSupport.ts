// Socket.IO meeting-control clients for tests: a real socket.io-client carrying a user's session cookie.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, MeetingStateEvent, PresenceEvent, ServerToClientEvents } from '../../shared/live/controlEvents.js';

export type ControlClient = Socket<ServerToClientEvents, ClientToServerEvents> & {
  states: MeetingStateEvent[];
  presences: PresenceEvent[];
  actionEvents: string[];
};

const opened: Socket[] = [];

/** Connects (cookie may be empty for an anonymous client) and records every broadcast it receives. */
export function controlClient(url: string, cookie: string): ControlClient {
  const socket = io(url, { extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true }) as ControlClient;
  socket.states = [];
  socket.presences = [];
  socket.actionEvents = [];
  socket.on('meeting:state', (state) => socket.states.push(state));
  socket.on('presence', (presence) => socket.presences.push(presence));
  socket.on('actions:changed', ({ meetingId }) => socket.actionEvents.push(meetingId));
  opened.push(socket);
  return socket;
}

export function connected(socket: Socket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** The error the server gave when it refused the connection. */
export function refusal(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but a refusal was expected')));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

export function closeAllClients(): void {
  for (const socket of opened.splice(0)) socket.disconnect();
}

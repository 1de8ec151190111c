// Access changes reach Socket.IO sockets: on 'access:changed' each socket of this process in the scope
// re-authenticates from its cookie and re-checks the meetings it joined; all sockets re-check on an interval.
// A socket whose session ended is disconnected; one that lost a meeting leaves its room and is told why.
import type { SessionAuth } from '../../auth/session.js';
import { canSeeMeeting } from '../../auth/permissions.js';
import type { Logger } from '../../logger.js';
import type { AccessScope } from '../../services/events.js';
import type { Services } from '../../services/index.js';
import { userFromCookie } from '../reauthenticate.js';
import { broadcastPresence } from './presence.js';
import { roomOf, type ControlServer, type ControlSocket } from './types.js';

export const ACCESS_REMOVED = 'access removed';
export const RECHECK_INTERVAL_MS = 60_000;

function joinedMeetings(socket: ControlSocket): string[] {
  return [...socket.rooms].filter((room) => room.startsWith('meeting:')).map((room) => room.slice('meeting:'.length));
}

function concerns(socket: ControlSocket, { userId, meetingId }: AccessScope): boolean {
  if (userId === undefined && meetingId === undefined) return true;
  return socket.data.user._id === userId || (meetingId !== undefined && socket.rooms.has(roomOf(meetingId)));
}

export function revokeOnAccessChange(io: ControlServer, services: Services, auth: SessionAuth, logger: Logger, intervalMs = RECHECK_INTERVAL_MS): () => void {
  async function recheck(socket: ControlSocket): Promise<void> {
    const user = await userFromCookie(auth, socket.request.headers.cookie);
    if (!socket.connected) return;
    if (!user || user._id !== socket.data.user._id) {
      socket.disconnect(true);
      return;
    }
    socket.data.user = user;
    for (const meetingId of joinedMeetings(socket)) {
      const meeting = await services.meetings.load(meetingId).catch(() => null);
      if (meeting && canSeeMeeting(user, meeting)) continue;
      await socket.leave(roomOf(meetingId));
      delete socket.data.joinedAt[meetingId];
      socket.emit('access:revoked', { meetingId, reason: ACCESS_REMOVED });
      await broadcastPresence(io, meetingId);
    }
  }

  // One re-check at a time per socket, in order: a later change is checked after the earlier one.
  const running = new WeakMap<ControlSocket, Promise<void>>();
  const run = (socket: ControlSocket): Promise<void> => {
    const next = (running.get(socket) ?? Promise.resolve())
      .then(() => recheck(socket))
      .catch((err: unknown) => {
        logger.warn({ err: (err as Error).message }, 're-checking a control socket failed');
        socket.disconnect(true);
      });
    running.set(socket, next);
    return next;
  };

  // Only this process's sockets: every process hears the same domain events through its own services.
  const onChanged = (scope: AccessScope) => {
    for (const socket of io.of('/').sockets.values()) if (concerns(socket, scope)) void run(socket);
  };
  services.events.on('access:changed', onChanged);
  const sweep = setInterval(() => {
    for (const socket of io.of('/').sockets.values()) void run(socket);
  }, intervalMs);
  sweep.unref();
  return () => {
    services.events.off('access:changed', onChanged);
    clearInterval(sweep);
  };
}

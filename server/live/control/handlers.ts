// Socket events of one connection. Each handler validates its payload, asks the domain services
// (which check permissions) and answers through the ack; broadcasts follow from domain events.
import { z, ZodError } from 'zod';
import type { ErrorAck, JoinResult } from '../../../shared/live/controlEvents.js';
import type { Logger } from '../../logger.js';
import { DomainError } from '../../errors.js';
import type { Services } from '../../services/index.js';
import { attendeesOf, broadcastPresence } from './presence.js';
import { roomOf, type ControlServer, type ControlSocket } from './types.js';

const meetingRef = z.object({ meetingId: z.string().min(1).max(64) });
const itemRef = meetingRef.extend({ itemId: z.string().min(1).max(64) });
const unsentRef = meetingRef.extend({ unsent: z.boolean() });

/**
 * Disconnects that may mean the link died, not that the user left: the client may hold changes it could not send.
 * A browser that goes offline closes its socket itself ("transport close"), as does a closed tab; a page that is
 * left on purpose disconnects first ("client namespace disconnect"), which is not listed.
 */
const LOST_LINK = new Set(['ping timeout', 'transport error', 'transport close']);

function errorOf(err: unknown, logger: Logger): ErrorAck {
  if (err instanceof DomainError) return { error: err.message };
  if (err instanceof ZodError) return { error: `Invalid ${err.issues.map((issue) => issue.path.join('.') || 'payload').join(', ')}` };
  logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'socket event failed');
  return { error: 'Something went wrong on our side. Please try again.' };
}

export function registerHandlers(io: ControlServer, socket: ControlSocket, services: Services, logger: Logger): void {
  const { control } = services;

  /** One audit entry per refused event on this channel. */
  function auditRefusal(event: string, status: number): void {
    services.audit
      .record(socket.data.user._id, 'access.refused', 'socket', event, { channel: 'socket.io', status })
      .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'auditing a refusal failed'));
  }

  /** Runs one event: the user is re-read so a removed or changed account takes effect at once. */
  function on<S extends z.ZodType, R>(event: string, schema: S, run: (payload: z.infer<S>) => Promise<R>) {
    socket.on(event as never, (async (payload: unknown, ack?: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (result: R | ErrorAck) => void) : () => {};
      try {
        const user = await services.users.findActiveById(socket.data.user._id);
        if (!user) throw new DomainError(401, 'Sign in again to continue');
        socket.data.user = user;
        reply(await run(schema.parse(payload)));
      } catch (err) {
        if (err instanceof DomainError && (err.status === 401 || err.status === 403)) auditRefusal(event, err.status);
        reply(errorOf(err, logger));
      }
    }) as never);
  }

  on('meeting:join', meetingRef, async ({ meetingId }): Promise<JoinResult> => {
    const { state, canControl } = await control.join(socket.data.user, meetingId);
    socket.data.joinedAt[meetingId] ??= new Date().toISOString();
    services.unsentChanges.rejoined(meetingId, socket.data.user._id);
    await socket.join(roomOf(meetingId));
    const presence = await broadcastPresence(io, meetingId);
    const me = presence.filter((entry) => entry.userId === socket.data.user._id);
    // Attendance is a record of the room, not a condition of entering it (e.g. a close racing this join).
    await control.recordAttendance(meetingId, attendeesOf(me)).catch((err: Error) => logger.warn({ err: err.message }, 'attendance not recorded'));
    return { ...state, presence, canControl };
  });

  // Only a socket in the meeting's room (which join authorized) may say it holds unsent changes there.
  on('meeting:unsent', unsentRef, async ({ meetingId, unsent }) => {
    if (!socket.data.joinedAt[meetingId]) throw new DomainError(403, 'Join the meeting first');
    services.unsentChanges.report(meetingId, socket.data.user, unsent);
    return { ok: true as const };
  });

  on('meeting:setCurrentItem', itemRef, ({ meetingId, itemId }) => control.setCurrentItem(socket.data.user, meetingId, itemId));
  on('meeting:start', meetingRef, ({ meetingId }) => control.start(socket.data.user, meetingId));
  on('meeting:pause', meetingRef, ({ meetingId }) => control.pause(socket.data.user, meetingId));
  on('meeting:resume', meetingRef, ({ meetingId }) => control.resume(socket.data.user, meetingId));

  socket.on('disconnecting', () => {
    const meetingIds = Object.keys(socket.data.joinedAt);
    socket.once('disconnect', (reason: string) => {
      for (const meetingId of meetingIds) services.unsentChanges.disconnected(meetingId, socket.data.user, LOST_LINK.has(reason));
      for (const meetingId of meetingIds) broadcastPresence(io, meetingId).catch((err) => logger.warn({ err: (err as Error).message }, 'presence broadcast failed'));
    });
  });
}

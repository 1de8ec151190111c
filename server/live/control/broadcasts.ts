// Domain events → the meeting's room. Services emit; this is the only place that tells the clients.
import type { Meeting } from '../../../shared/domain/records.js';
import { canSeeMeeting } from '../../auth/permissions.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import { attendeesOf, broadcastPresence, roomPresence } from './presence.js';
import { ACCESS_REMOVED } from './revocation.js';
import { roomOf, type ControlServer } from './types.js';

export function relayDomainEvents(io: ControlServer, services: Services, logger: Logger): () => void {
  const { events, control } = services;
  const failed = (what: string) => (err: unknown) => logger.warn({ err: (err as Error).message, what }, 'meeting broadcast failed');

  /** People taken off the meeting leave its room at once. */
  async function dropUninvited(meeting: Meeting): Promise<boolean> {
    let dropped = false;
    for (const socket of await io.in(roomOf(meeting._id)).fetchSockets()) {
      if (canSeeMeeting(socket.data.user, meeting)) continue;
      socket.leave(roomOf(meeting._id));
      socket.emit('access:revoked', { meetingId: meeting._id, reason: ACCESS_REMOVED });
      dropped = true;
    }
    return dropped;
  }

  async function onChanged(meeting: Meeting) {
    io.to(roomOf(meeting._id)).emit('meeting:state', await control.stateOf(meeting));
    const users = (await dropUninvited(meeting)) ? await broadcastPresence(io, meeting._id) : await roomPresence(io, meeting._id);
    // Everyone in the room is present for the item the meeting is now on.
    await control.recordAttendance(meeting._id, attendeesOf(users));
  }

  async function onClosed(meeting: Meeting) {
    const state = await control.stateOf(meeting).catch(() => ({ meetingId: meeting._id, status: meeting.status, currentItemId: null }));
    io.to(roomOf(meeting._id)).emit('meeting:state', { ...state, status: 'closed', state: 'closed' });
  }

  const changed = (meeting: Meeting) => void onChanged(meeting).catch(failed('state'));
  const closed = (meeting: Meeting) => void onClosed(meeting).catch(failed('closed'));
  const actions = (meetingId: string) => void io.to(roomOf(meetingId)).emit('actions:changed', { meetingId });
  events.on('meeting:changed', changed);
  events.on('meeting:closed', closed);
  events.on('actions:changed', actions);
  // Only the person's id crosses: each client re-reads the person over REST, where need-to-know applies.
  const person = ({ personId, meetingIds }: { personId: string; meetingIds: string[] }) => {
    for (const meetingId of meetingIds) io.to(roomOf(meetingId)).emit('person:changed', { meetingId, personId });
  };
  events.on('person:changed', person);
  return () => {
    events.off('person:changed', person);
    events.off('meeting:changed', changed);
    events.off('meeting:closed', closed);
    events.off('actions:changed', actions);
  };
}

// Who is in a meeting room, across every process sharing the room (fetchSockets goes through the adapter).
import type { PresenceEntry } from '../../../shared/live/controlEvents.js';
import type { Attendee } from '../../services/meetingControl.js';
import { roomOf, type ControlServer, type SocketData } from './types.js';

/** One entry per user however many tabs they have open, with the earliest join time. */
export function presenceList(sockets: { data: SocketData }[], meetingId: string): PresenceEntry[] {
  const byUser = new Map<string, PresenceEntry>();
  for (const { data } of sockets) {
    const since = data.joinedAt[meetingId];
    if (!since) continue;
    const known = byUser.get(data.user._id);
    if (known && known.since <= since) continue;
    byUser.set(data.user._id, {
      userId: data.user._id,
      displayName: data.user.displayName,
      agencyId: data.user.agencyId,
      agencyName: data.agencyName,
      role: data.user.role,
      since,
    });
  }
  return [...byUser.values()].sort((a, b) => a.since.localeCompare(b.since));
}

export async function roomPresence(io: ControlServer, meetingId: string): Promise<PresenceEntry[]> {
  return presenceList(await io.in(roomOf(meetingId)).fetchSockets(), meetingId);
}

export async function broadcastPresence(io: ControlServer, meetingId: string): Promise<PresenceEntry[]> {
  const users = await roomPresence(io, meetingId);
  io.to(roomOf(meetingId)).emit('presence', { meetingId, users });
  return users;
}

export function attendeesOf(users: PresenceEntry[]): Attendee[] {
  return users.map(({ userId, displayName, agencyId }) => ({ userId, displayName, agencyId }));
}

// The signed-in user as the live documents show them to everyone else.
import { useMemo } from 'react';
import type { PublicUser } from '../../../../shared/domain/records';
import type { AwarenessUser } from '../../live/awarenessUser';
import { userColor } from '../../live/userColor';
import type { Directory } from '../../session/useDirectory';

/** `presentIds`: who is in the room, so this user's colour differs from everyone else's (as in PresenceList). */
export function useRoomUser(user: PublicUser, directory: Directory | null, presentIds?: readonly string[]): AwarenessUser {
  const agency = directory?.agency(user.agencyId);
  const agencyName = agency?.shortName ?? agency?.name ?? '';
  const color = userColor(user._id, presentIds);
  return useMemo(() => ({ id: user._id, name: user.displayName, agency: agencyName, color }), [user._id, user.displayName, agencyName, color]);
}

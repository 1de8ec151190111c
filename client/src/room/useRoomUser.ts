// The signed-in user as the live documents show them to everyone else.
import { useMemo } from 'react';
import type { PublicUser } from '../../../shared/domain/records';
import type { AwarenessUser } from '../live/awarenessUser';
import { userColor } from '../live/userColor';
import type { Directory } from '../session/useDirectory';

export function useRoomUser(user: PublicUser, directory: Directory | null): AwarenessUser {
  const agency = directory?.agency(user.agencyId);
  const agencyName = agency?.shortName ?? agency?.name ?? '';
  return useMemo(() => ({ id: user._id, name: user.displayName, agency: agencyName, color: userColor(user._id) }), [user._id, user.displayName, agencyName]);
}

// What the room's access pieces share (the live meeting view, whether the user chairs it, the agencies), provided once by the room.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Agency, PublicUser } from '../../../../shared/domain/records';
import type { Directory } from '../../session/useDirectory';
import type { LiveMeetingView } from './useMeetingView';

export interface RoomAccessValue {
  meeting: LiveMeetingView;
  user: PublicUser;
  isChair: boolean;
  agencies: Agency[];
  /** The chair's agency, always allowed into restricted sections (null until the directory loads). */
  chairAgencyId: string | null;
}

const RoomAccessContext = createContext<RoomAccessValue | null>(null);

type Props = Omit<RoomAccessValue, 'chairAgencyId'> & { directory: Directory | null; children: ReactNode };

export function RoomAccess({ meeting, user, isChair, agencies, directory, children }: Props) {
  const chairId = meeting.view.chairId;
  const chairAgencyId = chairId === user._id ? user.agencyId : (directory?.user(chairId)?.agencyId ?? null);
  const value = useMemo(() => ({ meeting, user, isChair, agencies, chairAgencyId }), [meeting, user, isChair, agencies, chairAgencyId]);
  return <RoomAccessContext.Provider value={value}>{children}</RoomAccessContext.Provider>;
}

/** Null outside the room. */
export function useRoomAccess(): RoomAccessValue | null {
  return useContext(RoomAccessContext);
}

export function agencyName(agencies: Agency[], id: string): string {
  return agencies.find((agency) => agency._id === id)?.name ?? 'An agency';
}

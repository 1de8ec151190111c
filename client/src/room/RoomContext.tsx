// What every part of the room needs to know (which meeting, who is looking, whether they chair it, whether they may
// write, the meeting's state), provided once by the room shell (shell/RoomView) instead of being passed down as props.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Agency, PublicUser } from '../../../shared/domain/records';
import type { AwarenessUser } from '../live/awarenessUser';
import type { MeetingWithLiveDocuments } from '../live/liveDocuments';
import type { MeetingControl } from '../live/useMeetingControl';
import type { Directory } from '../session/useDirectory';
import type { RoomState } from './shell/useRoomState';

export interface RoomValue {
  meetingId: string;
  /** The meeting as this user may see it now (re-fetched on every meeting:state). */
  meeting: MeetingWithLiveDocuments;
  /** The signed-in user. */
  user: PublicUser;
  /** The signed-in user as the live documents show them to everyone else. */
  roomUser: AwarenessUser;
  directory: Directory | null;
  /** The partnership's agencies, sorted by name. */
  agencies: Agency[];
  /** Display only: the server decides who may control the meeting. */
  isChair: boolean;
  /** Closed, or a role that may not write: display only, the server decides on every channel. */
  readOnly: boolean;
  /** The meeting's state, current item and whether it is closed. */
  room: RoomState;
  /** Socket.IO control of the meeting: state, presence, the chair's commands. */
  control: MeetingControl;
  /** The short title of a person's case item ("" for none). */
  caseTitle(personId: string | undefined): string;
}

const RoomContext = createContext<RoomValue | null>(null);

export function RoomProvider({ children, ...props }: RoomValue & { children: ReactNode }) {
  const { meetingId, meeting, user, roomUser, directory, agencies, isChair, readOnly, room, control, caseTitle } = props;
  const value = useMemo(
    () => ({ meetingId, meeting, user, roomUser, directory, agencies, isChair, readOnly, room, control, caseTitle }),
    [meetingId, meeting, user, roomUser, directory, agencies, isChair, readOnly, room, control, caseTitle],
  );
  return <RoomContext.Provider value={value}>{children}</RoomContext.Provider>;
}

/** The room's shared values; only inside the room (RoomProvider). */
export function useRoom(): RoomValue {
  const value = useContext(RoomContext);
  if (!value) throw new Error('useRoom() must be used inside the meeting room (RoomProvider)');
  return value;
}

// The meeting's state and current item: from Socket.IO when connected, else from the meeting
// document's control map (which the server also writes), else from the REST record.
import type { Meeting } from '../../../../shared/domain/records';
import type { MeetingState } from '../../../../shared/live/controlEvents';
import { meetingRoots, readControl } from '../../../../shared/live/meetingDoc';
import type { MeetingControl } from '../../live/useMeetingControl';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';

export interface RoomState {
  state: MeetingState;
  currentItemId: string | null;
  closed: boolean;
}

export function useRoomState(meeting: Meeting, control: MeetingControl, meetingDoc: LiveDoc | null, closedHere: boolean): RoomState {
  useYObserved(meetingDoc ? meetingRoots(meetingDoc.doc).control : undefined);
  const fromDoc = meetingDoc ? readControl(meetingDoc.doc) : { state: null, currentItemId: null };
  const state: MeetingState = control.state?.state ?? fromDoc.state ?? (meeting.status === 'closed' ? 'closed' : meeting.status === 'live' ? 'running' : 'scheduled');
  const closed = closedHere || meeting.status === 'closed' || control.state?.status === 'closed' || state === 'closed';
  return { state: closed ? 'closed' : state, currentItemId: control.state?.currentItemId ?? fromDoc.currentItemId ?? null, closed };
}

// The live meeting room: agenda and presence on the left, the item under discussion on the right.
import { useCallback, useMemo, useState } from 'react';
import type { PublicUser } from '../../../shared/domain/records';
import { meetingDocName } from '../../../shared/live/layout';
import { offeredCaseDoc, type MeetingWithLiveDocuments } from '../live/liveDocuments';
import { useMeetingControl } from '../live/useMeetingControl';
import { useSaveState } from '../live/useSaveState';
import { useYDoc } from '../live/useYDoc';
import type { Directory } from '../session/useDirectory';
import { RoomAccess } from './access/RoomAccess';
import { useMeetingView } from './access/useMeetingView';
import { useRestrictedDoc } from './access/useRestrictedDoc';
import { AgendaSidebar } from './AgendaSidebar';
import { ClosedBanner } from './ClosedBanner';
import { combineSaveStates } from './ConnectionIndicator';
import { ItemView } from './ItemView';
import { PresenceList } from './PresenceList';
import { RoomHeader } from './RoomHeader';
import { useAgencies } from './useAgencies';
import { useCaseDoc } from './useCaseDoc';
import { useFollowChair } from './useFollowChair';
import { useRoomAgenda } from './useRoomAgenda';
import { useRoomState } from './useRoomState';
import { useRoomUser } from './useRoomUser';

// Display only: the server decides who may write, on every channel.
const WRITER_ROLES = ['admin', 'chair', 'member', 'minute-taker', 'guest'];

export function RoomView({ meeting, user, directory }: { meeting: MeetingWithLiveDocuments; user: PublicUser; directory: Directory | null }) {
  const control = useMeetingControl(meeting._id);
  const presentIds = useMemo(() => control.presence.map((entry) => entry.userId), [control.presence]);
  const roomUser = useRoomUser(user, directory, presentIds);
  // Guests are refused the meeting document: their agenda and current item come from REST and Socket.IO.
  const guest = user.role === 'guest';
  const meetingDoc = useYDoc(guest ? null : meetingDocName(meeting._id), roomUser);
  // Fetched again on every meeting:state, so access changes reach this page without a reload.
  const liveMeeting = useMeetingView(meeting, control.state);
  const [closedHere, setClosedHere] = useState(false);
  const room = useRoomState(meeting, control, meetingDoc, closedHere);
  const agenda = useRoomAgenda(meetingDoc, liveMeeting.view);
  const follow = useFollowChair(room.currentItemId, agenda[0]?.id ?? null);
  const agencies = useAgencies();

  const isChair = control.canControl || meeting.chairId === user._id || user.role === 'admin';
  const readOnly = room.closed || !WRITER_ROLES.includes(user.role);
  const viewed = agenda.find((item) => item.id === follow.viewedItemId) ?? agenda[0];
  // Only a case document the server offered; a case the user does not take part in says so instead.
  const caseState = useCaseDoc(liveMeeting.view, viewed?.personId, roomUser);
  const caseDoc = caseState.live;
  // Only a restricted document the server offered: anyone else never connects to it.
  const restrictedDoc = useRestrictedDoc(liveMeeting, viewed?.personId, roomUser);
  const meetingSave = useSaveState(meetingDoc);
  const caseSave = useSaveState(caseDoc);
  const restrictedSave = useSaveState(restrictedDoc);
  const saveState = combineSaveStates([
    ...(meetingDoc ? [meetingSave] : []),
    ...(caseDoc ? [caseSave] : []),
    // Refused after the page loaded (the chair changed who may see it): the tab goes, not the save state.
    ...(restrictedDoc && restrictedDoc.refusedCode === null ? [restrictedSave] : []),
  ]);

  const caseTitle = useCallback(
    (personId: string | undefined) => (personId ? (agenda.find((item) => item.personId === personId)?.title.split(':')[0] ?? '') : ''),
    [agenda],
  );
  // What the header and the item on screen both need to know.
  const shared = { meeting: liveMeeting.view, directory, caseTitle, readOnly };
  const onSelect = (itemId: string) => {
    if (isChair && !readOnly && control.connected) control.setCurrentItem(itemId);
    else follow.view(itemId);
  };

  if (meetingDoc?.refusedCode)
    return (
      <p className="govuk-body" role="alert">
        You cannot open this meeting’s documents.
      </p>
    );

  return (
    <RoomAccess meeting={liveMeeting} user={user} isChair={isChair} agencies={agencies} directory={directory}>
    <div className="roundtable-room">
      <RoomHeader
        {...shared}
        room={room}
        control={control}
        isChair={isChair}
        saveState={saveState}
        following={follow.following}
        onFollowingChange={follow.setFollowing}
        onClosed={() => setClosedHere(true)}
      />
      {room.closed && <ClosedBanner />}
      <div className="roundtable-room__columns">
        <aside className="roundtable-room__sidebar">
          {(meetingDoc || guest) && (
            <AgendaSidebar
              meetingId={meeting._id}
              agenda={agenda}
              currentItemId={room.currentItemId}
              viewedItemId={viewed?.id ?? null}
              isChair={isChair}
              readOnly={readOnly}
              meetingDoc={meetingDoc}
              caseDocOf={(personId) => offeredCaseDoc(liveMeeting.view, personId)}
              onSelect={onSelect}
            />
          )}
          <PresenceList presence={control.presence} selfId={user._id} />
        </aside>
        <div className="roundtable-room__main">
          {(meetingDoc || guest) && viewed ? (
            <ItemView
              {...shared}
              item={viewed}
              caption={itemCaption(room, viewed.id)}
              meetingDoc={meetingDoc}
              caseDoc={caseDoc}
              caseRefused={caseState.refused}
              restrictedDoc={restrictedDoc}
              roomUser={roomUser}
              user={user}
              agencies={agencies}
            />
          ) : (
            <p className="govuk-body">Loading the agenda…</p>
          )}
        </div>
      </div>
    </div>
    </RoomAccess>
  );
}

/** Above the item: only a running (or paused) meeting has an item "now" being discussed. */
function itemCaption(room: { state: string; closed: boolean; currentItemId: string | null }, itemId: string): string {
  if (room.closed) return 'Agenda item';
  if (room.state === 'scheduled') return room.currentItemId === null || itemId === room.currentItemId ? 'First item' : 'Agenda item';
  return itemId === room.currentItemId ? 'Now discussing' : 'Not the current item';
}

// The live meeting room: agenda and presence on the left, the item under discussion on the right.
import { useCallback, useState } from 'react';
import type { PublicUser } from '../../../shared/domain/records';
import { caseDocName, meetingDocName } from '../../../shared/live/layout';
import { offeredRestrictedDoc, type MeetingWithLiveDocuments } from '../live/liveDocuments';
import { useMeetingControl } from '../live/useMeetingControl';
import { useSaveState } from '../live/useSaveState';
import { useYDoc } from '../live/useYDoc';
import type { Directory } from '../session/useDirectory';
import { AgendaSidebar } from './AgendaSidebar';
import { ClosedBanner } from './ClosedBanner';
import { combineSaveStates } from './ConnectionIndicator';
import { ItemView } from './ItemView';
import { PresenceList } from './PresenceList';
import { RoomHeader } from './RoomHeader';
import { useAgencies } from './useAgencies';
import { useAgenda } from './useAgenda';
import { useFollowChair } from './useFollowChair';
import { useRoomState } from './useRoomState';
import { useRoomUser } from './useRoomUser';

// Display only: the server decides who may write, on every channel.
const WRITER_ROLES = ['admin', 'chair', 'member', 'minute-taker', 'guest'];

export function RoomView({ meeting, user, directory }: { meeting: MeetingWithLiveDocuments; user: PublicUser; directory: Directory | null }) {
  const roomUser = useRoomUser(user, directory);
  const meetingDoc = useYDoc(meetingDocName(meeting._id), roomUser);
  const control = useMeetingControl(meeting._id);
  const [closedHere, setClosedHere] = useState(false);
  const room = useRoomState(meeting, control, meetingDoc, closedHere);
  const agenda = useAgenda(meetingDoc);
  const follow = useFollowChair(room.currentItemId, agenda[0]?.id ?? null);
  const agencies = useAgencies();

  const isChair = control.canControl || meeting.chairId === user._id || user.role === 'admin';
  const readOnly = room.closed || !WRITER_ROLES.includes(user.role);
  const viewed = agenda.find((item) => item.id === follow.viewedItemId) ?? agenda[0];
  const caseDoc = useYDoc(viewed?.personId ? caseDocName(meeting._id, viewed.personId) : null, roomUser);
  // Only a restricted document the server offered: anyone else never connects to it.
  const restrictedDoc = useYDoc(offeredRestrictedDoc(meeting, viewed?.personId), roomUser);
  const meetingSave = useSaveState(meetingDoc);
  const caseSave = useSaveState(caseDoc);
  const restrictedSave = useSaveState(restrictedDoc);
  const saveState = combineSaveStates([
    meetingSave,
    ...(caseDoc ? [caseSave] : []),
    // Refused after the page loaded (the chair changed who may see it): the tab goes, not the save state.
    ...(restrictedDoc && restrictedDoc.refusedCode === null ? [restrictedSave] : []),
  ]);

  const caseTitle = useCallback(
    (personId: string | undefined) => (personId ? (agenda.find((item) => item.personId === personId)?.title.split(':')[0] ?? '') : ''),
    [agenda],
  );
  // What the header and the item on screen both need to know.
  const shared = { meeting, directory, caseTitle, readOnly };
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
          {meetingDoc && (
            <AgendaSidebar
              meetingId={meeting._id}
              agenda={agenda}
              currentItemId={room.currentItemId}
              viewedItemId={viewed?.id ?? null}
              isChair={isChair}
              readOnly={readOnly}
              meetingDoc={meetingDoc}
              onSelect={onSelect}
            />
          )}
          <PresenceList presence={control.presence} selfId={user._id} />
        </aside>
        <div className="roundtable-room__main">
          {meetingDoc && viewed ? (
            <ItemView
              {...shared}
              item={viewed}
              caption={room.closed ? 'Agenda item' : viewed.id === room.currentItemId ? 'Now discussing' : 'Not the current item'}
              meetingDoc={meetingDoc}
              caseDoc={caseDoc}
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
  );
}

// The live meeting room: agenda and presence on the left, the item under discussion on the right.
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { PublicUser } from '../../../../shared/domain/records';
import { meetingDocName } from '../../../../shared/live/docNames';
import { offeredCaseDoc, offeredRestrictedDoc, type MeetingWithLiveDocuments } from '../../live/liveDocuments';
import { useMeetingControl } from '../../live/useMeetingControl';
import { AccessRevoked } from './AccessRevoked';
import { useRoomSync } from '../../live/useRoomSync';
import { useCaseSnapshots } from '../../live/useCaseSnapshots';
import { useSaveState } from '../../live/useSaveState';
import { useYDoc } from '../../live/useYDoc';
import type { Directory } from '../../session/useDirectory';
import { RoomAccess } from '../access/RoomAccess';
import { useMeetingView } from '../access/useMeetingView';
import { useRestrictedDoc } from '../access/useRestrictedDoc';
import { AgendaSidebar } from '../agenda/AgendaSidebar';
import { useFollowChair } from '../agenda/useFollowChair';
import { useCaseTitleOf, useRoomAgenda } from '../agenda/useRoomAgenda';
import { ItemView } from '../case/ItemView';
import { useCaseDoc } from '../case/useCaseDoc';
import { ClosedBanner } from '../close/ClosedBanner';
import { RoomProvider } from '../RoomContext';
import { combineSaveStates } from './ConnectionIndicator';
import { PausedBanner } from './PausedBanner';
import { PresenceList } from './PresenceList';
import { RefusedWrites } from './RefusedWrites';
import { AnnounceRoomChanges, RoomAnnouncer } from './RoomAnnouncer';
import { RoomHeader } from './RoomHeader';
import { RoomSidebar } from './RoomSidebar';
import { useAgencies } from './useAgencies';
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
  // The other cases' titles and red flags come from REST snapshots: a WebSocket only for the case on screen.
  const snapshots = useCaseSnapshots(meeting._id, control.state);
  const [shownCase, setShownCase] = useState<Y.Doc | null>(null);
  const agenda = useRoomAgenda(meetingDoc, liveMeeting.view, snapshots, shownCase);
  const follow = useFollowChair(room.currentItemId, agenda[0]?.id ?? null);
  const agencies = useAgencies();

  const isChair = control.canControl || meeting.chairId === user._id || user.role === 'admin';
  // Paused: read-only for everyone but the chair until the chair resumes (the server drops their edits too).
  const paused = !room.closed && room.state === 'paused';
  const readOnly = room.closed || !WRITER_ROLES.includes(user.role) || (paused && !isChair);
  const viewed = agenda.find((item) => item.id === follow.viewedItemId) ?? agenda[0];
  // Only a restricted document the server offered (anyone else never connects to it), and only while its tab is open;
  // meanwhile the case document gives up its socket (at most three: meeting control, the meeting and one of these).
  const [restrictedShown, setRestrictedShown] = useState(false);
  const restrictedOpen = restrictedShown && offeredRestrictedDoc(liveMeeting.view, viewed?.personId) !== null;
  // Only a case document the server offered; a case the user does not take part in says so instead.
  const caseState = useCaseDoc(liveMeeting.view, viewed?.personId, roomUser, restrictedOpen);
  const caseDoc = caseState.live;
  const liveCase = caseDoc?.synced ? caseDoc.doc : null;
  useEffect(() => setShownCase(liveCase), [liveCase]);
  const restrictedDoc = useRestrictedDoc(liveMeeting, restrictedShown ? viewed?.personId : undefined, roomUser);
  const meetingSave = useSaveState(meetingDoc);
  const caseSave = useSaveState(caseDoc);
  const restrictedSave = useSaveState(restrictedDoc);
  const saveState = combineSaveStates([
    ...(meetingDoc ? [meetingSave] : []),
    ...(caseDoc ? [caseSave] : []),
    // Refused after the page loaded (the chair changed who may see it): the tab goes, not the save state.
    ...(restrictedDoc && restrictedDoc.refusedCode === null ? [restrictedSave] : []),
  ]);

  // Tells the room whether this page holds unsent changes; sends room writes queued while offline.
  const queued = useRoomSync(control, meeting._id, user._id, room.closed);

  const caseTitle = useCaseTitleOf(agenda);
  const onSelect = (itemId: string) => {
    if (isChair && !readOnly && control.connected) control.setCurrentItem(itemId);
    else follow.view(itemId);
  };

  if (control.revoked) return <AccessRevoked />;

  if (meetingDoc?.refusedCode)
    return (
      <p className="govuk-body" role="alert">
        You cannot open this meeting’s documents.
      </p>
    );

  return (
    <RoomProvider
      meetingId={meeting._id}
      meeting={liveMeeting.view}
      user={user}
      roomUser={roomUser}
      directory={directory}
      agencies={agencies}
      isChair={isChair}
      readOnly={readOnly}
      room={room}
      control={control}
      caseTitle={caseTitle}
    >
    <RoomAccess meeting={liveMeeting} user={user} isChair={isChair} agencies={agencies} directory={directory}>
    <RoomAnnouncer>
    <AnnounceRoomChanges state={room.state} currentTitle={agenda.find((item) => item.id === room.currentItemId)?.title ?? null} following={follow.following} />
    <div className="roundtable-room">
      <RoomHeader saveState={saveState} queued={queued} following={follow.following} onFollowingChange={follow.setFollowing} onClosed={() => setClosedHere(true)} />
      <RefusedWrites userId={user._id} meetingId={meeting._id} />
      {room.closed && <ClosedBanner takeFocus={closedHere} />}
      {paused && <PausedBanner />}
      <div className="roundtable-room__columns">
        <RoomSidebar summary={`Agenda (${agenda.length} items) and who is in the room (${control.presence.length})`}>
          {(meetingDoc || guest) && (
            <AgendaSidebar
              agenda={agenda}
              viewedItemId={viewed?.id ?? null}
              meetingDoc={meetingDoc}
              caseDocOf={(personId) => {
                const name = offeredCaseDoc(liveMeeting.view, personId);
                if (!name) return null;
                return liveCase && caseDoc?.name === name ? liveCase : (snapshots[name] ?? null);
              }}
              onSelect={onSelect}
            />
          )}
          <PresenceList presence={control.presence} selfId={user._id} />
        </RoomSidebar>
        <div className="roundtable-room__main">
          {(meetingDoc || guest) && viewed ? (
            <ItemView
              item={viewed}
              caption={itemCaption(room, viewed.id)}
              meetingDoc={meetingDoc}
              caseDoc={caseDoc}
              caseRefused={caseState.refused}
              restrictedDoc={restrictedDoc}
              onRestrictedShown={setRestrictedShown}
            />
          ) : (
            <p className="govuk-body">Loading the agenda…</p>
          )}
        </div>
      </div>
    </div>
    </RoomAnnouncer>
    </RoomAccess>
    </RoomProvider>
  );
}

/** Above the item: only a running (or paused) meeting has an item "now" being discussed. */
function itemCaption(room: { state: string; closed: boolean; currentItemId: string | null }, itemId: string): string {
  if (room.closed) return 'Agenda item';
  if (room.state === 'scheduled') return room.currentItemId === null || itemId === room.currentItemId ? 'First item' : 'Agenda item';
  return itemId === room.currentItemId ? 'Now discussing' : 'Not the current item';
}

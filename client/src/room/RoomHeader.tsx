// The top of the room: title, meeting state, save state, and the chair's or the follower's controls.
import { Link } from 'react-router-dom';
import type { Meeting } from '../../../shared/domain/records';
import type { MeetingControl } from '../live/useMeetingControl';
import type { SaveState } from '../live/useSaveState';
import type { Directory } from '../session/useDirectory';
import { ChairControls } from './ChairControls';
import { CloseMeeting } from './CloseMeeting';
import { ConnectionIndicator } from './ConnectionIndicator';
import { FollowChairToggle } from './FollowChairToggle';
import { MEETING_STATE_LABELS } from './roomLabels';
import type { RoomState } from './useRoomState';

interface Props {
  meeting: Meeting;
  room: RoomState;
  control: MeetingControl;
  isChair: boolean;
  readOnly: boolean;
  saveState: SaveState;
  following: boolean;
  onFollowingChange(following: boolean): void;
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  onClosed(): void;
}

const STATE_COLOURS = { scheduled: 'govuk-tag--blue', running: 'govuk-tag--green', paused: 'govuk-tag--yellow', closed: 'govuk-tag--grey' } as const;

export function RoomHeader({ meeting, room, control, isChair, readOnly, saveState, following, onFollowingChange, directory, caseTitle, onClosed }: Props) {
  const chairCanAct = isChair && !room.closed;
  return (
    <header className="roundtable-room__header">
      <div className="roundtable-room__title">
        <Link to={`/meetings/${meeting._id}`} className="govuk-back-link govuk-!-margin-top-0">
          Meeting details
        </Link>
        <h1 className="govuk-heading-l govuk-!-margin-bottom-2">
          {meeting.title}{' '}
          <strong className={`govuk-tag ${STATE_COLOURS[room.state]}`} data-meeting-state={room.state}>
            {MEETING_STATE_LABELS[room.state]}
          </strong>
        </h1>
        <ConnectionIndicator state={saveState} readOnly={readOnly} />
        {control.error && (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {control.error}
          </p>
        )}
      </div>
      <div className="roundtable-room__controls">
        {!isChair && !room.closed && <FollowChairToggle following={following} onChange={onFollowingChange} />}
        {chairCanAct && <ChairControls state={room.state} control={control} />}
        {chairCanAct && <CloseMeeting meetingId={meeting._id} directory={directory} caseTitle={caseTitle} onClosed={onClosed} />}
      </div>
    </header>
  );
}

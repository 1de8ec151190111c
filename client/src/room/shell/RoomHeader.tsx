// The top of the room: title, meeting state, save state, and the chair's or the follower's controls.
import { Link } from 'react-router-dom';
import type { SaveState } from '../../live/useSaveState';
import { FollowChairToggle } from '../agenda/FollowChairToggle';
import { CloseMeeting } from '../close/CloseMeeting';
import { useRoom } from '../RoomContext';
import { ChairControls } from './ChairControls';
import { ConnectionIndicator } from './ConnectionIndicator';
import { MEETING_STATE_LABELS } from './roomLabels';

interface Props {
  saveState: SaveState;
  /** Room writes kept on this device until the link is back. */
  queued?: number;
  following: boolean;
  onFollowingChange(following: boolean): void;
  onClosed(): void;
}

const STATE_COLOURS = { scheduled: 'govuk-tag--blue', running: 'govuk-tag--green', paused: 'govuk-tag--yellow', closed: 'govuk-tag--grey' } as const;

export function RoomHeader({ saveState, queued = 0, following, onFollowingChange, onClosed }: Props) {
  const { meeting, room, control, isChair } = useRoom();
  const chairCanAct = isChair && !room.closed;
  return (
    <header className="roundtable-room__header">
      <div className="roundtable-room__title">
        <Link to={`/meetings/${meeting._id}`} className="govuk-back-link govuk-!-margin-top-0">
          Meeting details
        </Link>
        <h1 className="govuk-heading-l govuk-!-margin-bottom-2" id="room-title" tabIndex={-1}>
          {meeting.title}{' '}
          <strong className={`govuk-tag ${STATE_COLOURS[room.state]}`} data-meeting-state={room.state}>
            {MEETING_STATE_LABELS[room.state]}
          </strong>
        </h1>
        <ConnectionIndicator state={saveState} queued={queued} />
        <p className="govuk-body-s roundtable-room__present-link">
          <Link className="govuk-link" to={`/meetings/${meeting._id}/present`} target="_blank" rel="noopener">
            Presentation view for the shared screen<span className="govuk-visually-hidden"> (opens in a new tab)</span>
          </Link>
        </p>
        {control.error && (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {control.error}
          </p>
        )}
      </div>
      <div className="roundtable-room__controls">
        {!isChair && !room.closed && <FollowChairToggle following={following} onChange={onFollowingChange} />}
        {chairCanAct && <ChairControls />}
        {chairCanAct && <CloseMeeting onClosed={onClosed} />}
      </div>
    </header>
  );
}

// The chair's controls: start, pause and resume the meeting (closing has its own component).
import type { MeetingState } from '../../../shared/live/controlEvents';
import type { MeetingControl } from '../live/useMeetingControl';

export function ChairControls({ state, control }: { state: MeetingState; control: MeetingControl }) {
  const disabled = !control.connected;
  return (
    <div className="govuk-button-group roundtable-chair-controls">
      {state === 'scheduled' && (
        <button type="button" className="govuk-button" disabled={disabled} onClick={control.start}>
          Start meeting
        </button>
      )}
      {state === 'running' && (
        <button type="button" className="govuk-button govuk-button--secondary" disabled={disabled} onClick={control.pause}>
          Pause meeting
        </button>
      )}
      {state === 'paused' && (
        <button type="button" className="govuk-button" disabled={disabled} onClick={control.resume}>
          Resume meeting
        </button>
      )}
    </div>
  );
}

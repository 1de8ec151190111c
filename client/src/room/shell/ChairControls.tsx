// The chair's controls: start, pause and resume the meeting (closing has its own component). Each button replaces the
// one pressed, so keyboard focus moves to the new one instead of falling to the page (the room's live region says
// what changed).
import { useEffect, useRef } from 'react';
import { useRoom } from '../RoomContext';

export function ChairControls() {
  const { room, control } = useRoom();
  const state = room.state;
  const disabled = !control.connected;
  const button = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);
  const press = (command: () => void) => () => {
    pressed.current = true;
    command();
  };
  useEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) button.current?.focus();
  }, [state]);
  return (
    <div className="govuk-button-group roundtable-chair-controls">
      {state === 'scheduled' && (
        <button ref={button} type="button" className="govuk-button" disabled={disabled} onClick={press(control.start)}>
          Start meeting
        </button>
      )}
      {state === 'running' && (
        <button ref={button} type="button" className="govuk-button govuk-button--secondary" disabled={disabled} onClick={press(control.pause)}>
          Pause meeting
        </button>
      )}
      {state === 'paused' && (
        <button ref={button} type="button" className="govuk-button" disabled={disabled} onClick={press(control.resume)}>
          Resume meeting
        </button>
      )}
    </div>
  );
}

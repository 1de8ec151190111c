// Whether everyone else has this user's changes, said honestly: "Reconnecting…" as soon as the link is lost,
// "Offline: your changes are kept on this device" after that, "All changes saved" only once the server holds them.
import { combineSaveStates, type SaveState } from '../../live/connectionState';
import { useRoom } from '../RoomContext';

export { combineSaveStates };

const SHOWN: Record<SaveState, { text: string; colour: string }> = {
  offline: { text: 'Offline: your changes are kept on this device', colour: 'govuk-tag--red' },
  reconnecting: { text: 'Reconnecting…', colour: 'govuk-tag--orange' },
  saving: { text: 'Saving…', colour: 'govuk-tag--yellow' },
  connecting: { text: 'Connecting…', colour: 'govuk-tag--grey' },
  saved: { text: 'All changes saved', colour: 'govuk-tag--green' },
};

/** `queued`: room writes (actions, decisions) kept on this device until the link is back. */
export function ConnectionIndicator({ state, queued = 0 }: { state: SaveState; queued?: number }) {
  const { readOnly } = useRoom();
  const linkDown = state === 'offline' || state === 'connecting' || state === 'reconnecting';
  const effective: SaveState = queued > 0 && !linkDown ? 'saving' : state;
  const shown = readOnly && !linkDown ? { text: 'Connected: read only', colour: 'govuk-tag--grey' } : SHOWN[effective];
  return (
    <p className="roundtable-connection" role="status" aria-live="polite">
      <strong className={`govuk-tag ${shown.colour}`} data-save-state={readOnly && !linkDown ? 'read-only' : effective}>
        {shown.text}
      </strong>
      {queued > 0 && (
        <span className="govuk-body-s roundtable-connection__queued" data-queued={queued}>
          {' '}
          {queued === 1 ? '1 change to actions or decisions waiting to be sent' : `${queued} changes to actions or decisions waiting to be sent`}
        </span>
      )}
    </p>
  );
}

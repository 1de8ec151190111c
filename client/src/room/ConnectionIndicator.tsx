// Whether everyone else has this user's changes: "All changes saved" only once the server holds them.
import type { SaveState } from '../live/useSaveState';

const ORDER: SaveState[] = ['offline', 'saving', 'connecting', 'saved'];

const SHOWN: Record<SaveState, { text: string; colour: string }> = {
  offline: { text: 'Offline: changes will be sent when you reconnect', colour: 'govuk-tag--red' },
  saving: { text: 'Saving…', colour: 'govuk-tag--yellow' },
  connecting: { text: 'Connecting…', colour: 'govuk-tag--grey' },
  saved: { text: 'All changes saved', colour: 'govuk-tag--green' },
};

/** The least reassuring state of the room's documents wins. */
export function combineSaveStates(states: SaveState[]): SaveState {
  return ORDER.find((state) => states.includes(state)) ?? 'saved';
}

export function ConnectionIndicator({ state, readOnly }: { state: SaveState; readOnly: boolean }) {
  const shown = readOnly && state !== 'offline' && state !== 'connecting' ? { text: 'Connected: read only', colour: 'govuk-tag--grey' } : SHOWN[state];
  return (
    <p className="roundtable-connection" role="status" aria-live="polite">
      <strong className={`govuk-tag ${shown.colour}`} data-save-state={readOnly ? 'read-only' : state}>
        {shown.text}
      </strong>
    </p>
  );
}

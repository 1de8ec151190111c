// Who is in the room now, with their agency, in each person's colour.
import type { PresenceEntry } from '../../../../shared/live/controlEvents';
import { assignColours, userColourClass } from '../../live/userColor';

export function PresenceList({ presence, selfId }: { presence: PresenceEntry[]; selfId: string }) {
  // The same assignment each member's carets and field outlines use (useRoomUser): no two people share a colour.
  const colours = assignColours([...presence.map((entry) => entry.userId), selfId]);
  return (
    <section className="roundtable-presence" aria-labelledby="presence-title">
      <h2 className="govuk-heading-s" id="presence-title">
        In the room ({presence.length})
      </h2>
      <ul className="govuk-list roundtable-presence__list" aria-live="polite">
        {presence.map((entry) => (
          <li key={entry.userId} className="roundtable-presence__person" data-user={entry.userId}>
            <span className={`roundtable-presence__dot roundtable-user-background ${userColourClass(colours.get(entry.userId))}`} aria-hidden="true" />
            <span>
              {entry.displayName}
              {entry.userId === selfId && ' (you)'}
              <span className="roundtable-presence__agency">{entry.agencyName}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Who is invited: one checkbox per person in the partnership, with their agency as a hint.
import type { PublicUser } from '../../../../shared/domain/records';
import type { Directory } from '../../session/useDirectory';

interface Props {
  users: PublicUser[];
  directory: Directory;
  chairId: string;
  selected: string[];
  onChange(ids: string[]): void;
}

export function AttendeeCheckboxes({ users, directory, chairId, selected, onChange }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...new Set([...selected, id])] : selected.filter((other) => other !== id));
  const invitable = users.filter((user) => user._id !== chairId).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const chair = directory.user(chairId);
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="attendees-hint" id="attendees">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Attendees</h2>
        </legend>
        <div id="attendees-hint" className="govuk-hint">
          {chair ? `${chair.displayName} chairs the meeting and is always invited. ` : ''}Select everyone else who should attend.
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {invitable.map((user) => {
            const id = `attendee-${user._id}`;
            const agency = directory.agency(user.agencyId);
            return (
              <div className="govuk-checkboxes__item" key={user._id}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name="attendeeIds"
                  type="checkbox"
                  value={user._id}
                  checked={selected.includes(user._id)}
                  onChange={(event) => toggle(user._id, event.target.checked)}
                  aria-describedby={agency ? `${id}-hint` : undefined}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {user.displayName}
                </label>
                {agency && (
                  <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {agency.name}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

import type { Directory } from '../../session/useDirectory';
import { ROLE_LABELS } from '../../labels';

interface Props {
  attendeeIds: string[];
  chairId: string;
  directory: Directory | null;
}

export function AttendeesTable({ attendeeIds, chairId, directory }: Props) {
  if (!directory) return <p className="govuk-body">{attendeeIds.length} people are invited.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">People invited to the meeting</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Agency
          </th>
          <th scope="col" className="govuk-table__header">
            Role
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {attendeeIds.map((id) => {
          const user = directory.user(id);
          const agency = directory.agency(user?.agencyId);
          return (
            <tr className="govuk-table__row" key={id}>
              <td className="govuk-table__cell">{user?.displayName ?? 'Unknown user'}</td>
              <td className="govuk-table__cell">{agency?.name ?? ''}</td>
              <td className="govuk-table__cell">{id === chairId ? 'Chair' : user ? ROLE_LABELS[user.role] : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { Cell, GovukTable, Row } from '../../components/GovukTable';
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
    <GovukTable caption="People invited to the meeting" captionStyle="hidden" columns={['Name', 'Agency', 'Role']}>
      {attendeeIds.map((id) => {
        const user = directory.user(id);
        const agency = directory.agency(user?.agencyId);
        return (
          <Row key={id}>
            <Cell>{user?.displayName ?? 'Unknown user'}</Cell>
            <Cell>{agency?.name ?? ''}</Cell>
            <Cell>{id === chairId ? 'Chair' : user ? ROLE_LABELS[user.role] : ''}</Cell>
          </Row>
        );
      })}
    </GovukTable>
  );
}

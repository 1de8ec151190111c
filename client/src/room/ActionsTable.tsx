// The meeting's actions as a table: what, who owns it, when it is due, status.
import type { ActionFields } from '../../../shared/live/layout';
import { PATHWAYS } from '../../../shared/live/layout';
import { Cell, GovukTable, Row } from '../components/GovukTable';
import type { Directory } from '../session/useDirectory';
import { ActionStatusSelect } from './ActionStatusSelect';
import { describeDue } from './describeDue';

interface Props {
  meetingId: string;
  actions: ActionFields[];
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  readOnly: boolean;
  /** The item's person and release date: their relative due dates also show the date they fall on. */
  personId?: string;
  releaseDate?: string | null;
}

const pathwayLabel = (key: string | undefined) => PATHWAYS.find((p) => p.key === key)?.label ?? '';

export function ActionsTable({ meetingId, actions, directory, caseTitle, readOnly, personId, releaseDate }: Props) {
  if (actions.length === 0) return <p className="govuk-body">No actions yet.</p>;
  return (
    <GovukTable caption="Actions of this meeting" captionStyle="hidden" columns={['Action', 'Owner', 'Due', 'Status']} className="roundtable-actions">
      {actions.map((action) => {
        const agency = directory?.agency(action.agencyId);
        const context = [caseTitle(action.personId), pathwayLabel(action.pathway)].filter(Boolean).join(' · ');
        return (
          <Row key={action.id} data-action={action.id}>
            <Cell data-label="Action">
              {action.text}
              {context && <span className="govuk-hint roundtable-hint-compact">{context}</span>}
            </Cell>
            <Cell data-label="Owner">
              {agency?.shortName ?? agency?.name ?? ''}
              {action.owner ? <span className="govuk-hint roundtable-hint-compact">{action.owner}</span> : <strong className="govuk-tag govuk-tag--orange roundtable-tag-compact">No named owner</strong>}
            </Cell>
            <Cell data-label="Due">{describeDue(action, personId !== undefined && action.personId === personId ? releaseDate : undefined)}</Cell>
            <Cell data-label="Status">
              <ActionStatusSelect meetingId={meetingId} action={action} readOnly={readOnly} />
            </Cell>
          </Row>
        );
      })}
    </GovukTable>
  );
}

// The meeting's actions as a table: what, who owns it, when it is due, status.
import type { ActionFields } from '../../../shared/live/layout';
import { PATHWAYS } from '../../../shared/live/layout';
import type { Directory } from '../session/useDirectory';
import { ActionStatusSelect } from './ActionStatusSelect';
import { describeDue } from './describeDue';

interface Props {
  meetingId: string;
  actions: ActionFields[];
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  readOnly: boolean;
}

const pathwayLabel = (key: string | undefined) => PATHWAYS.find((p) => p.key === key)?.label ?? '';

export function ActionsTable({ meetingId, actions, directory, caseTitle, readOnly }: Props) {
  if (actions.length === 0) return <p className="govuk-body">No actions yet.</p>;
  return (
    <table className="govuk-table roundtable-actions">
      <caption className="govuk-table__caption govuk-visually-hidden">Actions of this meeting</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          <th scope="col" className="govuk-table__header">
            Owner
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => {
          const agency = directory?.agency(action.agencyId);
          const context = [caseTitle(action.personId), pathwayLabel(action.pathway)].filter(Boolean).join(' · ');
          return (
            <tr key={action.id} className="govuk-table__row" data-action={action.id}>
              <td className="govuk-table__cell">
                {action.text}
                {context && <span className="govuk-hint roundtable-hint-compact">{context}</span>}
              </td>
              <td className="govuk-table__cell">
                {agency?.shortName ?? agency?.name ?? ''}
                {action.owner ? <span className="govuk-hint roundtable-hint-compact">{action.owner}</span> : <strong className="govuk-tag govuk-tag--orange roundtable-tag-compact">No named owner</strong>}
              </td>
              <td className="govuk-table__cell">{describeDue(action)}</td>
              <td className="govuk-table__cell">
                <ActionStatusSelect meetingId={meetingId} action={action} readOnly={readOnly} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import type { AgencyActionItem } from '../../../../shared/logic/agencyActions';
import { ActionStatusTag } from '../../components/ActionStatusTag';
import { CaseLabel } from '../../components/CaseLabel';
import { DueDate } from '../../components/DueDate';

interface Props {
  actions: AgencyActionItem[];
  caption: string;
  empty: string;
}

export function AgencyActionsTable({ actions, caption, empty }: Props) {
  if (!actions.length) return <p className="govuk-body">{empty}</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          <th scope="col" className="govuk-table__header">
            Case
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
        {actions.map((action) => (
          <tr className={`govuk-table__row${action.overdue ? ' roundtable-row--overdue' : ''}`} key={action.id}>
            <td className="govuk-table__cell">
              {action.text}
              {action.pathwayLabel && (
                <>
                  <br />
                  <span className="govuk-body-s roundtable-secondary">{action.pathwayLabel}</span>
                </>
              )}
            </td>
            <td className="govuk-table__cell">
              <CaseLabel context={action.case} />
            </td>
            <td className="govuk-table__cell">{action.owner ?? <span className="roundtable-not-recorded">No named owner</span>}</td>
            <td className="govuk-table__cell">
              <DueDate dueDate={action.dueDate} overdue={action.overdue} />
            </td>
            <td className="govuk-table__cell">
              <ActionStatusTag status={action.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { Link } from 'react-router-dom';
import type { TrackedActionItem } from '../../api';
import { ActionStatusTag } from '../../components/ActionStatusTag';
import { CaseLabel } from '../../components/CaseLabel';
import { DueDate } from '../../components/DueDate';
import { formatDate, plural } from '../../format';
import type { ActionsShow } from './ActionsShowFilter';

const EMPTY: Record<ActionsShow, string> = {
  outstanding: 'Your agency has no open actions.',
  overdue: 'None of your agency’s actions is overdue.',
  all: 'Your agency has no actions yet.',
};

export function TrackedActionsTable({ actions, show }: { actions: TrackedActionItem[]; show: ActionsShow }) {
  if (!actions.length) return <p className="govuk-body">{EMPTY[show]}</p>;
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <table className="govuk-table" data-testid="actions-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {plural(actions.length, 'action')}
        {overdue > 0 && `, ${overdue} overdue`}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          <th scope="col" className="govuk-table__header">
            Case
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            <span className="govuk-visually-hidden">Change</span>
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <tr className={`govuk-table__row${action.overdue ? ' roundtable-row--overdue' : ''}`} key={action.id}>
            <td className="govuk-table__cell">
              {action.text}
              <br />
              <span className="govuk-body-s roundtable-secondary">
                {action.owner ? `${action.owner} · ` : ''}
                {action.pathwayLabel ? `${action.pathwayLabel} · ` : ''}
                <Link className="govuk-link" to={`/meetings/${action.meetingId}`}>
                  {action.meetingTitle}
                </Link>
                , {formatDate(action.meetingDate)}
              </span>
            </td>
            <td className="govuk-table__cell">
              <CaseLabel context={action.case} />
            </td>
            <td className="govuk-table__cell">
              <DueDate dueDate={action.dueDate} overdue={action.overdue} />
            </td>
            <td className="govuk-table__cell">
              <ActionStatusTag status={action.status} />
            </td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/actions/${encodeURIComponent(action.id)}`}>
                Update<span className="govuk-visually-hidden"> action: {action.text}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

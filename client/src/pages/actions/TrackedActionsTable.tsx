import { Link } from 'react-router-dom';
import { CaseLabel } from '../../components/CaseLabel';
import { DueAndStatusCells } from '../../components/DueAndStatusCells';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { formatDate, plural } from '../../format';
import type { ActionsShow } from './ActionsShowFilter';
import type { TrackedActionView } from '../../../../shared/api/trackedActions';

const EMPTY: Record<ActionsShow, string> = {
  outstanding: 'Your agency has no open actions.',
  overdue: 'None of your agency’s actions is overdue.',
  all: 'Your agency has no actions yet.',
};

export function TrackedActionsTable({ actions, show }: { actions: TrackedActionView[]; show: ActionsShow }) {
  if (!actions.length) return <p className="govuk-body">{EMPTY[show]}</p>;
  const overdue = actions.filter((a) => a.overdue).length;
  return (
    <GovukTable
      caption={
        <>
          {plural(actions.length, 'action')}
          {overdue > 0 && `, ${overdue} overdue`}
        </>
      }
      captionStyle="medium"
      columns={['Action', 'Case', 'Due', 'Status', { label: 'Change', visuallyHidden: true }]}
      testId="actions-table"
    >
      {actions.map((action) => (
        <Row overdue={action.overdue} key={action.id}>
          <Cell>
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
          </Cell>
          <Cell>
            <CaseLabel context={action.case} />
          </Cell>
          <DueAndStatusCells action={action} />
          <Cell>
            <Link className="govuk-link" to={`/actions/${encodeURIComponent(action.id)}`}>
              Update<span className="govuk-visually-hidden"> action: {action.text}</span>
            </Link>
          </Cell>
        </Row>
      ))}
    </GovukTable>
  );
}

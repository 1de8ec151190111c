import type { AgencyActionItem } from '../../../shared/logic/agencyActions';
import { ActionStatusTag } from './ActionStatusTag';
import { DueDate } from './DueDate';
import { Cell } from './GovukTable';

/** The "Due" and "Status" cells of a tracked action's table row. */
export function DueAndStatusCells({ action }: { action: Pick<AgencyActionItem, 'dueDate' | 'overdue' | 'status'> }) {
  return (
    <>
      <Cell>
        <DueDate dueDate={action.dueDate} overdue={action.overdue} />
      </Cell>
      <Cell>
        <ActionStatusTag status={action.status} />
      </Cell>
    </>
  );
}

import { ActionStatusTag } from './ActionStatusTag';
import { DueDate } from './DueDate';
import { Cell } from './GovukTable';
import type { AgencyListLine } from '../../../shared/domain/actions';

/** The "Due" and "Status" cells of a tracked action's table row. */
export function DueAndStatusCells({ action }: { action: Pick<AgencyListLine, 'dueDate' | 'overdue' | 'status' | 'previousDueDate'> }) {
  return (
    <>
      <Cell>
        <DueDate dueDate={action.dueDate} overdue={action.overdue} previousDueDate={action.previousDueDate} />
      </Cell>
      <Cell>
        <ActionStatusTag status={action.status} />
      </Cell>
    </>
  );
}

import { CaseLabel } from '../../components/CaseLabel';
import { DueAndStatusCells } from '../../components/DueAndStatusCells';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import type { AgencyListLine } from '../../../../shared/domain/actions';

interface Props {
  actions: AgencyListLine[];
  caption: string;
  empty: string;
}

export function AgencyListTable({ actions, caption, empty }: Props) {
  if (!actions.length) return <p className="govuk-body">{empty}</p>;
  return (
    <GovukTable caption={caption} captionStyle="hidden" columns={['Action', 'Case', 'Owner', 'Due', 'Status']}>
      {actions.map((action) => (
        <Row overdue={action.overdue} key={action.id}>
          <Cell>
            {action.text}
            {action.pathwayLabel && (
              <>
                <br />
                <span className="govuk-body-s roundtable-secondary">{action.pathwayLabel}</span>
              </>
            )}
          </Cell>
          <Cell>
            <CaseLabel context={action.case} />
          </Cell>
          <Cell>{action.owner ?? <span className="roundtable-not-recorded">No named owner</span>}</Cell>
          <DueAndStatusCells action={action} />
        </Row>
      ))}
    </GovukTable>
  );
}

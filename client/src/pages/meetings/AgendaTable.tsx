import { Link } from 'react-router-dom';
import type { AgendaItem } from '../../../../shared/domain/records';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import type { Directory } from '../../session/useDirectory';

export function AgendaTable({ agenda, directory }: { agenda: AgendaItem[]; directory: Directory | null }) {
  if (!agenda.length) return <p className="govuk-body">The chair has not set an agenda yet.</p>;
  return (
    <GovukTable caption="Agenda items in order" captionStyle="hidden" columns={['Item', 'Presented by', { label: 'Time', numeric: true }]}>
      {agenda.map((item, index) => {
        const presenter = directory?.agency(item.presenterAgencyId);
        return (
          <Row key={item.id}>
            <Cell>
              {index + 1}.{' '}
              {item.personId ? (
                <Link className="govuk-link" to={`/people/${item.personId}`}>
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
              {item.kind === 'standing' && <strong className="govuk-tag govuk-tag--grey roundtable-tag-inline">Standing item</strong>}
            </Cell>
            <Cell>{presenter ? (presenter.shortName ?? presenter.name) : ''}</Cell>
            <Cell numeric>{item.timeboxMinutes ? `${item.timeboxMinutes} min` : ''}</Cell>
          </Row>
        );
      })}
    </GovukTable>
  );
}

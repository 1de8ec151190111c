import type { ClosedRecord, RecordAgendaItem } from '../../../../shared/domain/closedRecord';

export function MinutesAgendaItem({ item, number, record }: { item: RecordAgendaItem; number: number; record: ClosedRecord }) {
  const person = item.personId ? record.people.find((p) => p.personId === item.personId) : undefined;
  const presentFor = record.attendance.filter((a) => a.itemIds.includes(item.id));
  const decisions = record.decisions.filter((d) => d.itemId === item.id);
  return (
    <section className="roundtable-minutes-item" aria-labelledby={`item-${item.id}`}>
      <h3 className="govuk-heading-s" id={`item-${item.id}`}>
        {number}. {item.title}
        {person && <span className="govuk-body-s roundtable-secondary"> ({person.caseReference})</span>}
      </h3>
      <p className="govuk-body-s roundtable-secondary">
        Present for this item: {presentFor.length ? presentFor.map((a) => a.displayName).join(', ') : 'not recorded'}
      </p>
      {item.notes ? <p className="govuk-body roundtable-preserve-lines">{item.notes}</p> : <p className="govuk-body roundtable-not-recorded">No notes.</p>}
      {decisions.map((d) => (
        <div className="govuk-inset-text" key={d.id}>
          <strong>Decision:</strong> <span className="roundtable-preserve-lines">{d.text}</span>
          {d.rationale && (
            <>
              <br />
              <strong>Why:</strong> <span className="roundtable-preserve-lines">{d.rationale}</span>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

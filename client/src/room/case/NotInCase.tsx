// In place of a case item whose case document the server does not let this user hold (not offered, or 4403).
export function NotInCase({ itemId, title, caption }: { itemId: string; title: string; caption: string }) {
  return (
    <section className="roundtable-item" aria-labelledby="item-title" data-item={itemId} data-not-in-case>
      <span className="govuk-caption-m">{caption}</span>
      <h2 className="govuk-heading-l" id="item-title">
        {title}
      </h2>
      <div className="govuk-inset-text" role="status">
        You do not take part in this case
      </div>
    </section>
  );
}

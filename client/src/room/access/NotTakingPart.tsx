// In place of an agenda item whose content this user's agency does not take part in: its neutral title and why.
import type { MeetingView } from './accessApi';

export function NotTakingPart({ meeting, itemId, caption }: { meeting: MeetingView; itemId: string; caption: string }) {
  const title = meeting.agenda.find((item) => item.id === itemId)?.title ?? 'Agenda item';
  return (
    <section className="roundtable-item" aria-labelledby="item-title" data-item={itemId} data-not-taking-part>
      <span className="govuk-caption-m">{caption}</span>
      <h2 className="govuk-heading-l" id="item-title">
        {title}
      </h2>
      <div className="govuk-inset-text">Your agency is not taking part in this item</div>
    </section>
  );
}

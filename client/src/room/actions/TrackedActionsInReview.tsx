// "Previous actions": the tracked actions in review, open ones from the panel's earlier meetings, under a case item (that person's) or under
// the standing review item (every one this user may see, by case). Status and progress are updated here as between
// meetings; an action that could not be done stays with its reason until the chair records what follows.
import { useId } from 'react';
import { useRoom } from '../RoomContext';
import { TrackedActionInReviewCard } from './TrackedActionInReviewCard';
import { useTrackedActionsInReview } from './useTrackedActionsInReview';
import type { TrackedActionInReview } from '../../../../shared/api/trackedActions';

interface Props {
  /** The case item's person; none for the review item, which lists every earlier action. */
  personId?: string;
}

export function TrackedActionsInReview({ personId }: Props) {
  const headingId = useId();
  const { user } = useRoom();
  const { actions, loaded, error } = useTrackedActionsInReview();
  if (user.role === 'guest') return null;
  const shown = personId ? actions.filter((a) => a.personId === personId) : actions;
  const waiting = shown.filter((a) => a.awaitingDecision).length;
  // Under a case item an empty list takes one short line, so on a projector the case's own fields stay in view.
  if (personId && !error && (!loaded || shown.length === 0)) {
    return loaded ? (
      <p className="govuk-body-s roundtable-previous-actions" data-testid="previous-actions">
        No open actions about this person from earlier meetings of this panel.
      </p>
    ) : null;
  }
  return (
    <section className="roundtable-previous-actions govuk-!-margin-bottom-6" aria-labelledby={headingId} data-testid="previous-actions">
      <h3 className="govuk-heading-m" id={headingId}>
        {personId ? 'Previous actions' : 'Previous actions of this panel'}
      </h3>
      <p className="govuk-body">
        {personId
          ? 'Open actions about this person from earlier meetings of this panel that you may see.'
          : 'Every open action from earlier meetings of this panel that you may see, by case.'}
        {waiting > 0 && ` ${waiting === 1 ? '1 action could not be done and needs' : `${waiting} actions could not be done and need`} the panel to decide what follows.`}
      </p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {!loaded ? (
        <p className="govuk-body">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="govuk-body">No open actions from earlier meetings.</p>
      ) : personId ? (
        shown.map((action) => <TrackedActionInReviewCard key={action.id} action={action} showCase={false} />)
      ) : (
        groupByCase(shown).map(({ key, title, items }) => (
          <div key={key}>
            <h4 className="govuk-heading-s">{title}</h4>
            {items.map((action) => (
              <TrackedActionInReviewCard key={action.id} action={action} showCase={false} nested />
            ))}
          </div>
        ))
      )}
    </section>
  );
}

function groupByCase(actions: TrackedActionInReview[]): { key: string; title: string; items: TrackedActionInReview[] }[] {
  const groups = new Map<string, { key: string; title: string; items: TrackedActionInReview[] }>();
  for (const action of actions) {
    const key = action.case?.personId ?? '';
    const title = action.case ? `${action.case.name} (${action.case.caseReference})` : 'Not about one person';
    const group = groups.get(key) ?? { key, title, items: [] };
    group.items.push(action);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.title.localeCompare(b.title)));
}

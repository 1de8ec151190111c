// A day-of-release item linked to the case's action that delivers it: choose the action, see its owner, agency,
// due date and status. The link is stored in the case document (dayOfRelease.<key>.actionId), so everyone sees it.
import type { ChecklistEntry } from '../../../../shared/live/caseDoc';
import { plainString } from '../../../../shared/live/plain';
import { resolveDueDate } from '../../../../shared/logic/dueDates';
import { formatDate } from '../../format';
import { actionStatusLabel } from '../../../../shared/domain/actionStatus';
import { useTrackedActionsInReview } from '../actions/useTrackedActionsInReview';
import { useRoom } from '../RoomContext';
import { ReadOnlyField } from './ReadOnlyRows';
import type { LiveAction } from '../../../../shared/domain/actions';

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

interface Props {
  itemKey: string;
  label: string;
  entry: ChecklistEntry | undefined;
  actions: LiveAction[];
  personId: string | undefined;
  releaseDate: string | null | undefined;
}

/** What the linked action says about who delivers the item, whether it is in this meeting or an earlier one. */
interface Linked {
  owner?: string | null;
  agencyId: string;
  due: string | null;
  status: string;
  from?: string;
}

export function ChecklistActionLink({ itemKey, label, entry, actions, personId, releaseDate }: Props) {
  const { readOnly, directory } = useRoom();
  const earlier = useTrackedActionsInReview().actions.filter((action) => personId && action.personId === personId);
  const linkedId = plainString(entry?.actionId);
  const here = actions.find((action) => action.id === linkedId);
  const before = here ? undefined : earlier.find((action) => action.id === linkedId);
  const linked: Linked | null = here
    ? { owner: here.owner, agencyId: here.agencyId, due: resolveDueDate(here, releaseDate), status: actionStatusLabel(here.status) }
    : before
      ? { owner: before.owner, agencyId: before.agencyId, due: before.dueDate, status: actionStatusLabel(before.status), from: before.meetingTitle }
      : null;
  const id = `check-${itemKey}-action`;
  const linkedText = here?.text ?? before?.text;
  return (
    <>
      {readOnly ? (
        <ReadOnlyField label={<>Action that delivers<span className="govuk-visually-hidden">: {label}</span></>} value={linkedText ? shorten(linkedText) : linkedId ? 'An action not in this meeting' : 'No action linked'} id={id} />
      ) : (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={id}>
            Action that delivers<span className="govuk-visually-hidden">: {label}</span>
          </label>
          <select
            className="govuk-select"
            id={id}
            name={id}
            value={linkedId}
            disabled={!entry}
            onChange={(event) => entry?.actionId.map.set(entry.actionId.key, event.target.value || null)}
          >
            <option value="">No action linked</option>
            {linkedId && !linked && <option value={linkedId}>An action not in this meeting</option>}
            {actions.length > 0 && (
              <optgroup label="This meeting">
                {actions.map((action) => (
                  <option key={action.id} value={action.id}>
                    {shorten(action.text || 'Action without text')}
                  </option>
                ))}
              </optgroup>
            )}
            {earlier.length > 0 && (
              <optgroup label="Earlier meetings">
                {earlier.map((action) => (
                  <option key={action.id} value={action.id}>
                    {shorten(action.text)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
      )}
      <p className="govuk-body-s roundtable-check__action" data-linked-action={linkedId || undefined} aria-live="polite">
        {linked
          ? [
              `Owner: ${linked.owner || 'not named'}`,
              directory?.agency(linked.agencyId)?.name ?? 'agency not known',
              linked.due ? `due ${formatDate(linked.due)}` : 'no due date',
              linked.status,
              ...(linked.from ? [`from ${linked.from}`] : []),
            ].join(' · ')
          : linkedId
            ? 'Linked to an action of an earlier meeting'
            : actions.length + earlier.length === 0
              ? 'No actions for this case yet'
              : ''}
      </p>
    </>
  );
}

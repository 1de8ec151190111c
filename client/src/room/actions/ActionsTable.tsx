// The meeting's actions as a table: what, who owns it, when it is due, status; and, for those who may change an
// action (the chair, the owning agency, its author), a "Change" button that opens the form under its row.
import { PATHWAYS } from '../../../../shared/live/caseFields';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { useRoom } from '../RoomContext';
import { mayChangeAction } from './actionForm';
import { ActionStatusSelect } from './ActionStatusSelect';
import { describeDue } from './describeDue';
import { EditActionForm } from './EditActionForm';
import type { LiveAction } from '../../../../shared/domain/actions';

interface Props {
  actions: LiveAction[];
  /** The item's person and release date: their relative due dates also show the date they fall on. */
  personId?: string;
  releaseDate?: string | null;
  /** The release date before its last recorded change: relative due dates say what they were ("was 4 Dec"). */
  previousReleaseDate?: string | null;
  /** Whether the item's person has a release date (relative due dates). */
  hasReleaseDate: boolean;
  /** The action whose change form is open, if any. */
  editingId: string | null;
  /** The change form reopened with a kept draft (it does not take focus). */
  restoredId?: string | null;
  onEdit(actionId: string | null, outcome?: 'changed' | 'removed' | 'cancelled'): void;
}

const pathwayLabel = (key: string | undefined) => PATHWAYS.find((p) => p.key === key)?.label ?? '';

/** The id of an action's text cell: focus lands there when the action is added or changed. */
export const actionAnchorId = (actionId: string) => `action-${actionId}`;

export function ActionsTable({ actions, personId, releaseDate, previousReleaseDate, hasReleaseDate, editingId, restoredId = null, onEdit }: Props) {
  const { directory, caseTitle, user, isChair, readOnly } = useRoom();
  if (actions.length === 0) return <p className="govuk-body">No actions yet.</p>;
  const canChange = (action: LiveAction) => !readOnly && mayChangeAction(user, isChair, action);
  const anyChangeable = actions.some(canChange);
  const columns = ['Action', 'Owner', 'Due', 'Status', ...(anyChangeable ? [{ label: 'Change', visuallyHidden: true }] : [])];
  return (
    <GovukTable caption="Actions of this meeting" captionStyle="hidden" columns={columns} className="roundtable-actions">
      {actions.flatMap((action) => {
        const agency = directory?.agency(action.agencyId);
        const context = [caseTitle(action.personId), pathwayLabel(action.pathway)].filter(Boolean).join(' · ');
        const ownRelease = personId !== undefined && action.personId === personId;
        const row = (
          <Row key={action.id} data-action={action.id}>
            <Cell data-label="Action">
              <span id={actionAnchorId(action.id)} tabIndex={-1} className="roundtable-action-text">
                {action.text}
              </span>
              {context && <span className="govuk-hint roundtable-hint-compact">{context}</span>}
            </Cell>
            <Cell data-label="Owner">
              {agency?.shortName ?? agency?.name ?? ''}
              {action.owner ? <span className="govuk-hint roundtable-hint-compact">{action.owner}</span> : <strong className="govuk-tag govuk-tag--orange roundtable-tag-compact">No named owner</strong>}
            </Cell>
            <Cell data-label="Due">{describeDue(action, ownRelease ? releaseDate : undefined, ownRelease ? previousReleaseDate : undefined)}</Cell>
            <Cell data-label="Status">
              <ActionStatusSelect action={action} />
            </Cell>
            {anyChangeable && (
              <Cell>
                {canChange(action) && editingId !== action.id && (
                  <button type="button" className="govuk-button govuk-button--secondary roundtable-compact" onClick={() => onEdit(action.id)}>
                    Change<span className="govuk-visually-hidden"> action: {action.text}</span>
                  </button>
                )}
              </Cell>
            )}
          </Row>
        );
        if (editingId !== action.id || !canChange(action)) return [row];
        return [
          row,
          <Row key={`${action.id}-edit`} data-edit-row={action.id}>
            <Cell colSpan={columns.length}>
              <EditActionForm action={action} restored={restoredId === action.id} allowRelative={Boolean(action.personId) && (!ownRelease || hasReleaseDate)} onDone={(outcome) => onEdit(null, outcome)} />
            </Cell>
          </Row>,
        ];
      })}
    </GovukTable>
  );
}

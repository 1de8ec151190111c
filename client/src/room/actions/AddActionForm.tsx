// Adds an action to the meeting: what, owning agency, named owner, due date, pathway. The draft survives switching
// the room's tabs (session storage); errors follow the GOV.UK pattern (summary, then each field).
import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useRoom } from '../RoomContext';
import { checkDraft, emptyDraft, inputOf } from './actionForm';
import { ActionFormFields } from './ActionFormFields';
import { actionWrites } from './actionWrites';
import { useSessionDraft } from './useSessionDraft';
import type { LiveAction } from '../../../../shared/domain/actions';

interface Props {
  itemId: string;
  personId?: string;
  personName?: string;
  hasReleaseDate: boolean;
  /** The action the server added: the panel moves focus to it and announces it. */
  onAdded(action: LiveAction): void;
}

const PREFIX = 'action';

export function AddActionForm({ itemId, personId, personName, hasReleaseDate, onAdded }: Props) {
  const { meetingId, agencies, user } = useRoom();
  const [draft, setDraft, clearDraft] = useSessionDraft(`action.${meetingId}.${itemId}`, emptyDraft(user.agencyId));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const allowRelative = Boolean(personId) && hasReleaseDate;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, PREFIX, { allowRelative });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setErrors([]);
    try {
      const added = await actionWrites.addAction(meetingId, { ...inputOf(checked.values), ...(personId ? { personId } : {}), itemId });
      clearDraft();
      onAdded(added);
    } catch (err) {
      setErrors([{ field: `${PREFIX}-text`, message: (err as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="roundtable-add-action" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${PREFIX}-heading`}>
      <h4 className="govuk-heading-s" id={`${PREFIX}-heading`}>
        Add an action{personName ? ` for ${personName}` : ''}
      </h4>
      <ErrorSummary errors={errors} />
      <ActionFormFields prefix={PREFIX} draft={draft} onChange={setDraft} agencies={agencies} showPathway={Boolean(personId)} allowRelative={allowRelative} errors={errors} />
      <button type="submit" className="govuk-button" disabled={busy}>
        Add action
      </button>
    </form>
  );
}

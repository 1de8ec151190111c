// Changes every field of one action (the chair, the owning agency or its author; the server decides), or removes it
// with a reason that the server keeps in the audit. Only the fields changed here are sent, so a change someone else
// made meanwhile to another field stays. The draft survives switching the room's tabs.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useRoom } from '../RoomContext';
import { changesOf, checkDraft, draftOf } from './actionForm';
import { ActionFormFields } from './ActionFormFields';
import { actionWrites } from './actionWrites';
import { useSessionDraft } from './useSessionDraft';
import type { LiveAction } from '../../../../shared/domain/actions';

/** The session-storage key of a change being made to an action. */
export const editDraftKey = (meetingId: string, actionId: string) => `action-edit.${meetingId}.${actionId}`;

interface Props {
  action: LiveAction;
  /** Opened again with a kept draft after a tab switch: focus stays where the user is. */
  restored?: boolean;
  /** Relative due dates: the action's person has a release date. */
  allowRelative: boolean;
  onDone(outcome: 'changed' | 'removed' | 'cancelled'): void;
}

export function EditActionForm({ action, restored = false, allowRelative, onDone }: Props) {
  const { meetingId, agencies } = useRoom();
  const prefix = `action-edit-${action.id}`;
  // What the action was when the form opened: the change is what differs from it.
  const [opened] = useState(action);
  const [draft, setDraft, clearDraft] = useSessionDraft(editDraftKey(meetingId, action.id), draftOf(action));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!restored) heading.current?.focus();
  }, [restored]);
  useEffect(() => {
    if (removing) reasonField.current?.focus();
  }, [removing]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, prefix, { allowRelative });
    if (!checked.ok) return setErrors(checked.errors);
    const changes = changesOf(opened, checked.values);
    if (Object.keys(changes).length === 0) {
      clearDraft();
      return onDone('cancelled');
    }
    setBusy(true);
    setErrors([]);
    try {
      await actionWrites.updateAction(meetingId, action.id, changes, `Change action: ${action.text}`);
      clearDraft();
      onDone('changed');
    } catch (err) {
      setErrors([{ field: `${prefix}-text`, message: (err as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setErrors([{ field: `${prefix}-reason`, message: 'Enter why you are removing this action' }]);
    setBusy(true);
    setErrors([]);
    try {
      await actionWrites.removeAction(meetingId, action.id, reason.trim());
      clearDraft();
      onDone('removed');
    } catch (err) {
      setErrors([{ field: `${prefix}-reason`, message: (err as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  const switchTo = (remove: boolean) => {
    setErrors([]);
    setRemoving(remove);
  };

  const cancel = () => {
    clearDraft();
    onDone('cancelled');
  };

  const reasonError = errors.find((error) => error.field === `${prefix}-reason`);
  return (
    <div className="roundtable-edit-action" data-edit-action={action.id}>
      <h4 className="govuk-heading-s" id={`${prefix}-heading`} tabIndex={-1} ref={heading}>
        {removing ? 'Remove action' : 'Change action'}
        <span className="govuk-visually-hidden">: {action.text}</span>
      </h4>
      <ErrorSummary errors={errors} />
      {!removing ? (
        <form onSubmit={(event) => void save(event)} noValidate aria-labelledby={`${prefix}-heading`}>
          <ActionFormFields prefix={prefix} draft={draft} onChange={setDraft} agencies={agencies} showPathway={Boolean(action.personId)} allowRelative={allowRelative} errors={errors} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={busy}>
              Save changes
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel}>
              Cancel
            </button>
            <button type="button" className="govuk-button govuk-button--warning" onClick={() => switchTo(true)}>
              Remove action
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={(event) => void remove(event)} noValidate aria-labelledby={`${prefix}-heading`}>
          <p className="govuk-body">
            “{action.text}” will be taken out of the meeting and its agency lists. The reason is kept in the audit log.
          </p>
          <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor={`${prefix}-reason`}>
              Why are you removing this action?
            </label>
            <div className="govuk-hint" id={`${prefix}-reason-hint`}>
              For example, it duplicates another action. Do not include personal details.
            </div>
            {reasonError && (
              <p className="govuk-error-message" id={`${prefix}-reason-error`}>
                <span className="govuk-visually-hidden">Error:</span> {reasonError.message}
              </p>
            )}
            <textarea
              className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
              id={`${prefix}-reason`}
              rows={2}
              ref={reasonField}
              value={reason}
              aria-invalid={!!reasonError || undefined}
              aria-describedby={`${prefix}-reason-hint${reasonError ? ` ${prefix}-reason-error` : ''}`}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" disabled={busy}>
              Remove action
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => switchTo(false)}>
              Keep action
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

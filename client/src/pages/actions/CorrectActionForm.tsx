// Between meetings: correct a tracked action's text, owning agency, named owner, due date and pathway. The chair of
// the meeting that agreed it, the owning agency and its author may (the server decides and audits each change).
import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PathwayKey } from '../../../../shared/live/caseFields';
import { api, ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useApiData } from '../../components/useApiData';
import { ActionFormFields } from '../../room/actions/ActionFormFields';
import { checkDraft, NO_DUE, type ActionDraft, type ActionValues } from '../../room/actions/actionForm';
import type { TrackedActionView } from '../../../../shared/api/trackedActions';

const PREFIX = 'correct';

function draftOf(action: TrackedActionView): ActionDraft {
  const date = action.dueDate && /^\d{4}-\d{2}-\d{2}$/.test(action.dueDate) ? action.dueDate : null;
  return {
    text: action.text,
    agencyId: action.agencyId,
    owner: action.owner ?? '',
    pathway: (action.pathway ?? '') as PathwayKey | '',
    due: date ? { ...NO_DUE, kind: 'date', year: date.slice(0, 4), month: String(Number(date.slice(5, 7))), day: String(Number(date.slice(8, 10))) } : NO_DUE,
  };
}

/** Only what differs from the tracked action as it was loaded. */
function changesOf(action: TrackedActionView, values: ActionValues): Partial<Omit<ActionValues, 'dueRelativeDays'>> {
  const changes: Partial<Omit<ActionValues, 'dueRelativeDays'>> = {};
  if (values.text !== action.text) changes.text = values.text;
  if (values.agencyId !== action.agencyId) changes.agencyId = values.agencyId;
  if (values.owner !== (action.owner || null)) changes.owner = values.owner;
  if (values.pathway !== (action.pathway ?? null)) changes.pathway = values.pathway;
  if (values.dueDate !== (action.dueDate ?? null)) changes.dueDate = values.dueDate;
  return changes;
}

export function CorrectActionForm({ action }: { action: TrackedActionView }) {
  const navigate = useNavigate();
  const loadAgencies = useCallback((signal: AbortSignal) => api.agencies(signal), []);
  const agencies = useApiData(loadAgencies);
  const [draft, setDraft] = useState(() => draftOf(action));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkDraft(draft, PREFIX, { allowRelative: false });
    if (!checked.ok) return setErrors(checked.errors);
    const changes = changesOf(action, checked.values);
    if (Object.keys(changes).length === 0) return setErrors([{ field: `${PREFIX}-text`, message: 'Change at least one detail of the action' }]);
    setErrors([]);
    setSaving(true);
    try {
      await api.updateAction(action.id, changes);
      void navigate('/actions', { state: { updated: `${checked.values.text} was corrected.` } });
    } catch (err) {
      setErrors([{ field: `${PREFIX}-text`, message: err instanceof ApiError ? err.message : 'The action could not be corrected. Try again.' }]);
      setSaving(false);
    }
  }

  return (
    <details className="govuk-details govuk-!-margin-top-6" open={errors.length > 0 || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Correct the action’s details</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">The meeting’s chair, the owning agency and the person who added the action can correct it. Each change is kept in the audit log.</p>
        <ErrorSummary errors={errors} />
        <form onSubmit={(event) => void submit(event)} noValidate aria-label="Correct the action’s details">
          <ActionFormFields
            prefix={PREFIX}
            draft={draft}
            onChange={setDraft}
            agencies={agencies.status === 'loaded' ? agencies.data.items : []}
            showPathway={Boolean(action.case)}
            allowRelative={false}
            errors={errors}
          />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={saving} aria-disabled={saving}>
            Save corrections
          </button>
        </form>
      </div>
    </details>
  );
}

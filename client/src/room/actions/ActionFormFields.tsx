// The fields of an action, shared by the add and change forms: what, owning agency, named owner, pathway, when due.
// Each field's error sits under its label and is tied to it (aria-describedby, aria-invalid); ids come from a prefix.
import type { Agency } from '../../../../shared/domain/records';
import { PATHWAYS, type PathwayKey } from '../../../../shared/live/caseFields';
import { AgencyOptions } from '../../components/AgencyOptions';
import type { FieldError } from '../../components/ErrorSummary';
import { fieldIds, type ActionDraft } from './actionForm';
import { DueDateFields } from './DueDateFields';

interface Props {
  prefix: string;
  draft: ActionDraft;
  onChange(draft: ActionDraft): void;
  agencies: Agency[];
  /** Case actions have a resettlement pathway. */
  showPathway: boolean;
  allowRelative: boolean;
  errors: FieldError[];
}

function ErrorMessage({ id, error }: { id: string; error?: FieldError }) {
  if (!error) return null;
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  );
}

export function ActionFormFields({ prefix, draft, onChange, agencies, showPathway, allowRelative, errors }: Props) {
  const ids = fieldIds(prefix);
  const set = (patch: Partial<ActionDraft>) => onChange({ ...draft, ...patch });
  const errorOf = (id: string) => errors.find((error) => error.field === id);
  const group = (id: string) => `govuk-form-group${errorOf(id) ? ' govuk-form-group--error' : ''}`;
  const aria = (id: string) => (errorOf(id) ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  return (
    <>
      <div className={group(ids.text)}>
        <label className="govuk-label" htmlFor={ids.text}>
          What needs to be done
        </label>
        <ErrorMessage id={ids.text} error={errorOf(ids.text)} />
        <textarea
          className={`govuk-textarea${errorOf(ids.text) ? ' govuk-textarea--error' : ''}`}
          id={ids.text}
          rows={2}
          value={draft.text}
          onChange={(event) => set({ text: event.target.value })}
          {...aria(ids.text)}
        />
      </div>
      <div className="roundtable-inline-fields">
        <div className={group(ids.agency)}>
          <label className="govuk-label" htmlFor={ids.agency}>
            Owning agency
          </label>
          <ErrorMessage id={ids.agency} error={errorOf(ids.agency)} />
          <select className={`govuk-select${errorOf(ids.agency) ? ' govuk-select--error' : ''}`} id={ids.agency} value={draft.agencyId} onChange={(event) => set({ agencyId: event.target.value })} {...aria(ids.agency)}>
            {!agencies.some((agency) => agency._id === draft.agencyId) && <option value={draft.agencyId}>Choose an agency</option>}
            <AgencyOptions agencies={agencies} />
          </select>
        </div>
        <div className={group(ids.owner)}>
          <label className="govuk-label" htmlFor={ids.owner}>
            Named owner
          </label>
          <ErrorMessage id={ids.owner} error={errorOf(ids.owner)} />
          <input
            className={`govuk-input govuk-input--width-20${errorOf(ids.owner) ? ' govuk-input--error' : ''}`}
            id={ids.owner}
            autoComplete="off"
            value={draft.owner}
            onChange={(event) => set({ owner: event.target.value })}
            {...aria(ids.owner)}
          />
        </div>
        {showPathway && (
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor={ids.pathway}>
              Pathway
            </label>
            <select className="govuk-select" id={ids.pathway} value={draft.pathway} onChange={(event) => set({ pathway: event.target.value as PathwayKey | '' })}>
              <option value="">None</option>
              {PATHWAYS.map(({ key, label }) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <DueDateFields prefix={prefix} value={draft.due} onChange={(due) => set({ due })} allowRelative={allowRelative} errors={errors} />
    </>
  );
}

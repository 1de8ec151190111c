// The person form, for adding and for changing: GOV.UK inputs, an error summary linking to each field,
// the server's field errors mapped into the same summary. Fields the user may not change show as text.
import { useState, type FormEvent, type ReactElement } from 'react';
import { ACCOMMODATION_TYPES, CUSTODY_STATUSES, GENDERS } from '../../../../shared/domain/schemas';
import type { Agency, Panel } from '../../../../shared/domain/records';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatDate } from '../../format';
import { ACCOMMODATION_TYPE_LABELS, CUSTODY_STATUS_LABELS, GENDER_LABELS, IOM_COHORT_LABELS } from '../../labels';
import { Checkboxes, DateInput, ReadOnlyField, Radios, Select, TextArea, TextInput, type Choice } from './PersonFields';
import {
  FIELD_LABELS,
  dateProblem,
  inputId,
  type DateFieldName,
  type FieldName,
  type FormError,
  type ListFieldName,
  type PersonFormState,
  type TextFieldName,
} from './personForm';

interface Props {
  initial: PersonFormState;
  agencies: Agency[];
  /** The partnership's panels, for "Panels the person is on". */
  panels: Panel[];
  /** Whether the user may change this field (false: shown as text). */
  editable(field: FieldName): boolean;
  submitLabel: string;
  /** Adding a new person (the server makes the user's agency the lead when none is chosen). */
  adding?: boolean;
  /** Checks and sends; answers the errors to show, or none when saved. */
  onSubmit(state: PersonFormState): Promise<FormError[]>;
  errors: FormError[];
  onErrors(errors: FormError[]): void;
}

const choices = (values: readonly string[], labels: Record<string, string>): Choice[] => values.map((value) => ({ value, label: labels[value] ?? value }));
const LEVELS: Choice[] = ['1', '2', '3'].map((value) => ({ value, label: value }));

const HINTS: Partial<Record<FieldName, string>> = {
  crn: 'A letter and 6 digits, for example X123456',
  prisonNumber: 'For example, A1234BC',
  pncNumber: 'For example, 2001/0123456A',
  visorReference: 'Only where the person is managed under MAPPA',
  caseReference: "Your partnership's reference for this case",
  ethnicity: 'Optional',
  leadPractitioner: 'The named person other agencies contact first',
  coverContact: 'Who to contact when the lead practitioner is away',
  ownViews: 'In their own words where possible',
  caseTeamAgencyIds: 'Agencies working with the person. Their members see the record and are told when the release date or custody status changes.',
  panelIds: "The panels that discuss the person. Their chairs may change the person's identity, custody, release and MAPPA details.",
};

export function PersonForm({ initial, agencies, panels, editable, submitLabel, adding = false, onSubmit, errors, onErrors }: Props) {
  const [state, setState] = useState<PersonFormState>(initial);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: FieldName) => errors.find((e) => e.field === field)?.message;
  const setText = (field: TextFieldName) => (value: string) => setState((s) => ({ ...s, text: { ...s.text, [field]: value } }));

  function readOnlyValue(field: FieldName): string {
    if (field in state.dates) {
      const { iso } = dateProblem('', state.dates[field as DateFieldName]);
      return iso ? formatDate(iso) : '';
    }
    const value = state.text[field as TextFieldName];
    if (field === 'custodyStatus') return CUSTODY_STATUS_LABELS[value] ?? value;
    if (field === 'gender') return GENDER_LABELS[value] ?? value;
    if (field === 'iomCohort') return IOM_COHORT_LABELS[value] ?? value;
    if (field === 'accommodationType') return ACCOMMODATION_TYPE_LABELS[value] ?? value;
    if (field === 'leadAgencyId') return agencies.find((a) => a._id === value)?.name ?? value;
    return value;
  }

  function readOnlyList(field: ListFieldName): string {
    const named: { _id: string; name: string }[] = field === 'panelIds' ? panels : agencies;
    return state.lists[field].map((id) => named.find((n) => n._id === id)?.name ?? 'Unknown').join(', ');
  }

  function field(name: FieldName, input: () => ReactElement) {
    if (editable(name)) return input();
    const value = name === 'caseTeamAgencyIds' || name === 'panelIds' ? readOnlyList(name) : readOnlyValue(name);
    return <ReadOnlyField key={name} label={FIELD_LABELS[name]} value={value} />;
  }
  const list = (name: ListFieldName, options: Choice[], hint?: string) =>
    field(name, () => (
      <Checkboxes
        id={name}
        label={FIELD_LABELS[name]}
        hint={hint ?? HINTS[name]}
        error={errorOf(name)}
        values={state.lists[name]}
        onChange={(values) => setState((s) => ({ ...s, lists: { ...s.lists, [name]: values } }))}
        choices={options}
      />
    ));
  const text = (name: TextFieldName, width?: 10 | 20 | 30) =>
    field(name, () => <TextInput id={name} label={FIELD_LABELS[name]} hint={HINTS[name]} error={errorOf(name)} value={state.text[name]} onChange={setText(name)} width={width} />);
  const area = (name: TextFieldName) =>
    field(name, () => <TextArea id={name} label={FIELD_LABELS[name]} hint={HINTS[name]} error={errorOf(name)} value={state.text[name]} onChange={setText(name)} />);
  const select = (name: TextFieldName, options: Choice[], empty: string) =>
    field(name, () => <Select id={name} label={FIELD_LABELS[name]} hint={HINTS[name]} error={errorOf(name)} value={state.text[name]} onChange={setText(name)} choices={options} empty={empty} />);
  const date = (name: DateFieldName) =>
    field(name, () => (
      <DateInput id={name} label={FIELD_LABELS[name]} error={errorOf(name)} value={state.dates[name]} onChange={(value) => setState((s) => ({ ...s, dates: { ...s.dates, [name]: value } }))} />
    ));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    try {
      onErrors(await onSubmit(state));
    } finally {
      setSaving(false);
    }
  }

  const summaryErrors = errors.map((e) => ({ field: inputId(e.field), message: e.message }));
  const anyProtectedLocked = !editable('caseReference');

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="person-form">
      <ErrorSummary errors={summaryErrors} />
      {anyProtectedLocked && (
        <div className="govuk-inset-text">
          Only the lead agency, a chair of the person&apos;s panel or an administrator can change their identity, identifiers, custody, release dates and MAPPA details.
        </div>
      )}

      <h2 className="govuk-heading-m">About the person</h2>
      {text('name')}
      {date('dateOfBirth')}
      {select('gender', choices(GENDERS, GENDER_LABELS), 'Not recorded')}
      {text('ethnicity', 20)}

      <h2 className="govuk-heading-m">Identifiers</h2>
      {text('caseReference', 10)}
      {text('crn', 10)}
      {text('prisonNumber', 10)}
      {text('pncNumber', 20)}
      {text('visorReference', 10)}

      <h2 className="govuk-heading-m">Custody, sentence and release</h2>
      {field('custodyStatus', () => (
        <Radios
          id="custodyStatus"
          label={FIELD_LABELS.custodyStatus}
          error={errorOf('custodyStatus')}
          value={state.text.custodyStatus === 'in-custody' ? 'sentenced' : state.text.custodyStatus}
          onChange={setText('custodyStatus')}
          choices={choices(CUSTODY_STATUSES, CUSTODY_STATUS_LABELS)}
        />
      ))}
      {text('prison', 20)}
      {date('releaseDate')}
      {date('conditionalReleaseDate')}
      {date('hdcEligibilityDate')}
      {date('paroleEligibilityDate')}
      {date('sentenceExpiryDate')}
      {date('licenceExpiryDate')}

      <h2 className="govuk-heading-m">MAPPA and IOM</h2>
      {select('mappaCategory', LEVELS.map((c) => ({ ...c, label: `Category ${c.value}` })), 'Not MAPPA')}
      {select('mappaLevel', LEVELS.map((c) => ({ ...c, label: `Level ${c.value}` })), 'Not MAPPA')}
      {select('iomCohort', choices(['fixed', 'flex', 'free'], IOM_COHORT_LABELS), 'Not in an IOM cohort')}

      <h2 className="govuk-heading-m">Where they will live</h2>
      {select('accommodationType', choices(ACCOMMODATION_TYPES, ACCOMMODATION_TYPE_LABELS), 'Not known yet')}
      {area('releaseAddress')}

      <h2 className="govuk-heading-m">Who works with them</h2>
      {select('leadAgencyId', agencies.map((a) => ({ value: a._id, label: a.name })), adding ? 'Your agency, unless you choose another' : 'Not set')}
      {list(
        'caseTeamAgencyIds',
        agencies.map((a) => ({ value: a._id, label: a.name })),
        adding ? `${HINTS.caseTeamAgencyIds} Your own agency joins the case team, so you keep seeing the record.` : undefined,
      )}
      {list('panelIds', panels.map((p) => ({ value: p._id, label: p.name })))}
      {text('leadPractitioner', 20)}
      {text('coverContact', 20)}

      <h2 className="govuk-heading-m">Needs and views</h2>
      {area('communicationNeeds')}
      {area('diversityNeeds')}
      {area('ownViews')}

      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving} aria-disabled={saving}>
        {submitLabel}
      </button>
    </form>
  );
}

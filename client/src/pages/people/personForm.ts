// The person form's state, its checks (the shared zod schema plus the GOV.UK date rules) and what it
// sends: the whole record when adding, only the changed fields when changing (so a case-team member who
// may not change protected fields never sends them).
import { PROTECTED_PERSON_FIELDS } from '../../../../shared/domain/personFields';
import type { z } from 'zod';
import type { Person } from '../../../../shared/domain/records';
import { personInput, personPatch, personRecordProblems, type PersonInput } from '../../../../shared/domain/schemas';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const DATE_FIELDS = [
  'dateOfBirth',
  'sentenceExpiryDate',
  'licenceExpiryDate',
  'conditionalReleaseDate',
  'hdcEligibilityDate',
  'paroleEligibilityDate',
  'releaseDate',
] as const;
export type DateFieldName = (typeof DATE_FIELDS)[number];

/** Text, selects and radios, held as the strings the inputs show. */
export const TEXT_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'caseReference',
  'crn',
  'prisonNumber',
  'pncNumber',
  'visorReference',
  'custodyStatus',
  'prison',
  'mappaCategory',
  'mappaLevel',
  'iomCohort',
  'accommodationType',
  'releaseAddress',
  'leadAgencyId',
  'leadPractitioner',
  'coverContact',
  'communicationNeeds',
  'diversityNeeds',
  'ownViews',
] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];
/** Checkbox lists, held as the ids ticked: the agencies on the case team and the panels the person is on. */
const LIST_FIELDS = ['caseTeamAgencyIds', 'panelIds'] as const;
export type ListFieldName = (typeof LIST_FIELDS)[number];
export type FieldName = TextFieldName | DateFieldName | ListFieldName;

export interface PersonFormState {
  text: Record<TextFieldName, string>;
  dates: Record<DateFieldName, DateParts>;
  lists: Record<ListFieldName, string[]>;
}

/** What each field is called on the form and in its error messages. */
export const FIELD_LABELS: Record<FieldName, string> = {
  name: 'Full name',
  dateOfBirth: 'Date of birth',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  caseReference: 'Case reference',
  crn: 'CRN (probation case reference number)',
  prisonNumber: 'Prison number',
  pncNumber: 'PNC number',
  visorReference: 'ViSOR reference',
  custodyStatus: 'Custody status',
  prison: 'Prison',
  sentenceExpiryDate: 'Sentence expiry date',
  licenceExpiryDate: 'Licence expiry date',
  conditionalReleaseDate: 'Conditional release date',
  hdcEligibilityDate: 'HDC eligibility date',
  paroleEligibilityDate: 'Parole eligibility date',
  releaseDate: 'Release date',
  mappaCategory: 'MAPPA category',
  mappaLevel: 'MAPPA level',
  iomCohort: 'IOM cohort',
  accommodationType: 'Accommodation type',
  releaseAddress: 'Release address',
  leadAgencyId: 'Lead agency',
  caseTeamAgencyIds: 'Case team',
  panelIds: 'Panels',
  leadPractitioner: 'Lead practitioner (single point of contact)',
  coverContact: 'Cover contact',
  communicationNeeds: 'Communication needs',
  diversityNeeds: 'Diversity needs',
  ownViews: 'Their own views',
};

/** Fields whose schema takes null to clear them; the others are cleared with an empty string or left out. */
const NULLABLE = new Set<FieldName>([
  'gender',
  'ethnicity',
  'crn',
  'prisonNumber',
  'pncNumber',
  'visorReference',
  'mappaCategory',
  'mappaLevel',
  'iomCohort',
  'accommodationType',
  'releaseAddress',
  'sentenceExpiryDate',
  'licenceExpiryDate',
  'conditionalReleaseDate',
  'hdcEligibilityDate',
  'paroleEligibilityDate',
  'releaseDate',
]);
/** Fields that cannot be cleared once set (required, or not nullable and not text). */
const NOT_CLEARABLE = new Set<FieldName>(['name', 'caseReference', 'custodyStatus', 'dateOfBirth', 'leadAgencyId']);
const NUMBERS = new Set<FieldName>(['mappaCategory', 'mappaLevel']);

export interface FormError {
  /** The form field (schema name). */
  field: FieldName;
  message: string;
}

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** A stored YYYY-MM-DD date as the GOV.UK date input's day, month and year (empty for none). */
export function toParts(iso: string | null | undefined): DateParts {
  if (!iso) return { ...EMPTY_DATE };
  const [year, month, day] = iso.slice(0, 10).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The form filled from a record, or empty for a new person. */
export function formFromPerson(person?: Partial<Person>): PersonFormState {
  const text = {} as Record<TextFieldName, string>;
  for (const field of TEXT_FIELDS) {
    const value = person?.[field];
    text[field] = value === null || value === undefined ? '' : String(value);
  }
  const dates = {} as Record<DateFieldName, DateParts>;
  for (const field of DATE_FIELDS) dates[field] = toParts(person?.[field] as string | null | undefined);
  const lists = {} as Record<ListFieldName, string[]>;
  for (const field of LIST_FIELDS) lists[field] = [...(person?.[field] ?? [])];
  return { text, dates, lists };
}

/** The input a field's error links to (a checkbox list's first box carries the field's name). */
export function inputId(field: FieldName): string {
  return (DATE_FIELDS as readonly string[]).includes(field) ? `${field}-day` : field;
}

const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** A GOV.UK date check: empty is fine (the date is optional); otherwise complete and real. */
export function dateProblem(label: string, parts: DateParts): { iso: string | null; message?: string } {
  const missing = (['day', 'month', 'year'] as const).filter((part) => !parts[part].trim());
  if (missing.length === 3) return { iso: null };
  if (missing.length) return { iso: null, message: `${label} must include a ${missing.join(' and ')}` };
  const [day, month, year] = [wholeNumber(parts.day), wholeNumber(parts.month), wholeNumber(parts.year)];
  if (Number.isNaN(year) || year < 1000) return { iso: null, message: `${label} must include a year with 4 numbers` };
  if (Number.isNaN(month) || month < 1 || month > 12) return { iso: null, message: `${label} must be a real date` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (Number.isNaN(day) || day < 1 || day > daysInMonth) return { iso: null, message: `${label} must be a real date` };
  return { iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Every field's value as the API takes it; null where the form is empty. */
function candidate(state: PersonFormState): { values: Record<FieldName, unknown>; errors: FormError[] } {
  const values = {} as Record<FieldName, unknown>;
  const errors: FormError[] = [];
  for (const field of TEXT_FIELDS) {
    const text = state.text[field].trim();
    values[field] = text === '' ? null : NUMBERS.has(field) ? Number(text) : text;
  }
  for (const field of DATE_FIELDS) {
    const { iso, message } = dateProblem(FIELD_LABELS[field], state.dates[field]);
    if (message) errors.push({ field, message });
    values[field] = iso;
  }
  for (const field of LIST_FIELDS) values[field] = [...new Set(state.lists[field])];
  return { values, errors };
}

const REQUIRED: Partial<Record<FieldName, string>> = {
  name: "Enter the person's full name",
  caseReference: 'Enter a case reference',
  custodyStatus: 'Select a custody status',
};

/** Zod issues as form errors, a field's label in front of messages that do not name it already. */
export function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): FormError[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? 'name') as FieldName;
    const label = FIELD_LABELS[field];
    if (!label) return { field: 'name', message: issue.message };
    const named = issue.message.toLowerCase().startsWith(label.split(' (')[0].toLowerCase()) || /^(CRN|PNC|MAPPA|A ViSOR)/.test(issue.message);
    return { field, message: named ? issue.message : `${label}: ${issue.message}` };
  });
}

function orderErrors(errors: FormError[]): FormError[] {
  const order: FieldName[] = [...FORM_ORDER];
  const seen = new Set<string>();
  return [...errors]
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    .filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
}

/** The order the fields appear on the form (for the error summary). */
export const FORM_ORDER: FieldName[] = [
  'name',
  'dateOfBirth',
  'gender',
  'ethnicity',
  'caseReference',
  'crn',
  'prisonNumber',
  'pncNumber',
  'visorReference',
  'custodyStatus',
  'prison',
  'releaseDate',
  'conditionalReleaseDate',
  'hdcEligibilityDate',
  'paroleEligibilityDate',
  'sentenceExpiryDate',
  'licenceExpiryDate',
  'mappaCategory',
  'mappaLevel',
  'iomCohort',
  'accommodationType',
  'releaseAddress',
  'leadAgencyId',
  'caseTeamAgencyIds',
  'panelIds',
  'leadPractitioner',
  'coverContact',
  'communicationNeeds',
  'diversityNeeds',
  'ownViews',
];

function checkWithSchema(schema: z.ZodType, body: Record<string, unknown>, errors: FormError[]): FormError[] {
  const parsed = schema.safeParse(body);
  const found = [...errors];
  if (!parsed.success) {
    const dateFieldsInError = new Set(errors.map((e) => e.field));
    found.push(...issuesToErrors(parsed.error.issues).filter((e) => !dateFieldsInError.has(e.field)));
  }
  return found;
}

/** The body for POST /api/people, or the errors to show (nothing is sent then). */
export function createBody(state: PersonFormState): { body?: PersonInput; errors: FormError[] } {
  const { values, errors } = candidate(state);
  for (const [field, message] of Object.entries(REQUIRED)) if (values[field as FieldName] === null) errors.push({ field: field as FieldName, message });
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) if (value !== null && !(Array.isArray(value) && value.length === 0)) body[field] = value;
  const found = checkWithSchema(personInput, body, errors);
  for (const problem of personRecordProblems(body as Partial<PersonInput>)) found.push(problem as FormError);
  return found.length ? { errors: orderErrors(found) } : { body: personInput.parse(body), errors: [] };
}

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === '' ? null : Array.isArray(v) ? JSON.stringify([...(v as string[])].sort()) : v);
  const emptyList = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  if (Array.isArray(a) || Array.isArray(b)) return (emptyList(a) && emptyList(b)) || norm(a) === norm(b);
  return norm(a) === norm(b);
}

/** The body for PATCH /api/people/:id: only what changed. Fields the user may not change are never sent. */
export function patchBody(
  state: PersonFormState,
  original: Person,
  editable: (field: FieldName) => boolean,
): { body?: Partial<PersonInput>; errors: FormError[] } {
  const { values, errors } = candidate(state);
  const ownErrors = errors.filter((e) => editable(e.field));
  for (const [field, message] of Object.entries(REQUIRED)) {
    if (editable(field as FieldName) && values[field as FieldName] === null) ownErrors.push({ field: field as FieldName, message });
  }
  const body: Record<string, unknown> = {};
  for (const field of FORM_ORDER) {
    if (!editable(field) || ownErrors.some((e) => e.field === field)) continue;
    const value = values[field];
    if (same(value, original[field as keyof Person])) continue;
    if (value === null) {
      if (NOT_CLEARABLE.has(field)) continue;
      body[field] = NULLABLE.has(field) ? null : '';
    } else body[field] = value;
  }
  const found = checkWithSchema(personPatch, body, ownErrors);
  for (const problem of personRecordProblems({ ...original, ...body } as Partial<PersonInput>)) found.push(problem as FormError);
  return found.length ? { errors: orderErrors(found) } : { body: personPatch.parse(body), errors: [] };
}

/**
 * Identity, custody, release and MAPPA fields: only the lead agency, a chair of the person's panel or an
 * administrator change them (the list the server's policy enforces). Shown as read-only text to anyone else.
 */
export const PROTECTED_FORM_FIELDS: ReadonlySet<FieldName> = new Set(
  PROTECTED_PERSON_FIELDS.filter((field): field is FieldName & (typeof PROTECTED_PERSON_FIELDS)[number] => (FORM_ORDER as readonly string[]).includes(field)),
);

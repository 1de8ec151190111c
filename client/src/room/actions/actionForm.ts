// The add-action and change-action forms without React: the draft as typed, GOV.UK error messages naming the field to
// fix, the API fields of a valid draft and, for a change, only what differs. Pure, unit-tested beside it.
import type { PathwayKey } from '../../../../shared/live/caseFields';
import type { FieldError } from '../../components/ErrorSummary';
import type { LiveAction } from '../../../../shared/domain/actions';

export type DueKind = 'none' | 'date' | 'relative';

/** A due date as typed: none, a GOV.UK date input (day, month, year), or days before or after release. */
export interface DueDraft {
  kind: DueKind;
  day: string;
  month: string;
  year: string;
  days: string;
  direction: 'before' | 'after';
}

export interface ActionDraft {
  text: string;
  agencyId: string;
  owner: string;
  pathway: PathwayKey | '';
  due: DueDraft;
}

export const NO_DUE: DueDraft = { kind: 'none', day: '', month: '', year: '', days: '', direction: 'before' };

export const emptyDraft = (agencyId: string): ActionDraft => ({ text: '', agencyId, owner: '', pathway: '', due: NO_DUE });

/** The ids of a form's fields, from one prefix, so two forms on a page never share an id. */
export function fieldIds(prefix: string) {
  return {
    text: `${prefix}-text`,
    agency: `${prefix}-agency`,
    owner: `${prefix}-owner`,
    pathway: `${prefix}-pathway`,
    dueNone: `${prefix}-due-none`,
    dueDate: `${prefix}-due-date`,
    dueDay: `${prefix}-due-date-day`,
    dueMonth: `${prefix}-due-date-month`,
    dueYear: `${prefix}-due-date-year`,
    dueDays: `${prefix}-due-days`,
    dueDirection: `${prefix}-due-direction`,
  };
}

const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN);
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A complete, real date typed in the parts, as YYYY-MM-DD; or what is wrong, naming the part to fix. */
export function dueDateOf(due: Pick<DueDraft, 'day' | 'month' | 'year'>): { date: string } | { part: 'day' | 'month' | 'year'; message: string } {
  const missing = (['day', 'month', 'year'] as const).filter((part) => !due[part].trim());
  if (missing.length === 3) return { part: 'day', message: 'Enter the due date' };
  if (missing.length) return { part: missing[0], message: `Due date must include a ${missing.join(' and ')}` };
  const [day, month, year] = [wholeNumber(due.day), wholeNumber(due.month), wholeNumber(due.year)];
  if (Number.isNaN(year) || due.year.trim().length !== 4) return { part: 'year', message: 'Year must include 4 numbers' };
  if (Number.isNaN(month) || month < 1 || month > 12) return { part: 'month', message: 'Due date must be a real date' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (Number.isNaN(day) || day < 1 || day > daysInMonth) return { part: 'day', message: 'Due date must be a real date' };
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** The typed date when it is complete and before today (UK): allowed, but the form warns. */
export function pastDueDate(due: DueDraft, today: string): string | null {
  if (due.kind !== 'date') return null;
  const parsed = dueDateOf(due);
  return 'date' in parsed && parsed.date < today ? parsed.date : null;
}

/** The fields an action is created or changed with (null clears one). */
export interface ActionValues {
  text: string;
  agencyId: string;
  owner: string | null;
  pathway: PathwayKey | null;
  dueDate: string | null;
  dueRelativeDays: number | null;
}

export type DraftCheck = { ok: true; values: ActionValues } | { ok: false; errors: FieldError[] };

/** Checks a draft, GOV.UK style: every problem, each linked to the field to fix, in the order of the form. */
export function checkDraft(draft: ActionDraft, prefix: string, options: { allowRelative: boolean }): DraftCheck {
  const ids = fieldIds(prefix);
  const errors: FieldError[] = [];
  const text = draft.text.trim();
  if (!text) errors.push({ field: ids.text, message: 'Enter what needs to be done' });
  else if (text.length > 2000) errors.push({ field: ids.text, message: 'What needs to be done must be 2,000 characters or fewer' });
  if (!draft.agencyId) errors.push({ field: ids.agency, message: 'Select the owning agency' });
  if (draft.owner.trim().length > 120) errors.push({ field: ids.owner, message: 'Named owner must be 120 characters or fewer' });
  let dueDate: string | null = null;
  let dueRelativeDays: number | null = null;
  if (draft.due.kind === 'date') {
    const parsed = dueDateOf(draft.due);
    if ('date' in parsed) dueDate = parsed.date;
    else errors.push({ field: `${ids.dueDate}-${parsed.part}`, message: parsed.message });
  } else if (draft.due.kind === 'relative') {
    const days = draft.due.days.trim();
    if (!options.allowRelative) errors.push({ field: ids.dueNone, message: 'A due date relative to release needs a release date: choose a date instead' });
    else if (!/^\d{1,3}$/.test(days) || Number(days) > 365) errors.push({ field: ids.dueDays, message: 'Enter the number of days, from 0 to 365' });
    else dueRelativeDays = draft.due.direction === 'before' ? -Number(days) : Number(days);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, values: { text, agencyId: draft.agencyId, owner: draft.owner.trim() || null, pathway: draft.pathway || null, dueDate, dueRelativeDays } };
}

/** The draft of an existing action, for changing it. */
export function draftOf(action: LiveAction): ActionDraft {
  const due: DueDraft =
    typeof action.dueRelativeDays === 'number'
      ? { ...NO_DUE, kind: 'relative', days: String(Math.abs(action.dueRelativeDays)), direction: action.dueRelativeDays < 0 ? 'before' : 'after' }
      : action.dueDate && /^\d{4}-\d{2}-\d{2}$/.test(action.dueDate)
        ? { ...NO_DUE, kind: 'date', year: action.dueDate.slice(0, 4), month: String(Number(action.dueDate.slice(5, 7))), day: String(Number(action.dueDate.slice(8, 10))) }
        : NO_DUE;
  return { text: action.text, agencyId: action.agencyId, owner: action.owner ?? '', pathway: action.pathway ?? '', due };
}

/** What a change sends: only the fields that differ from the action as it is now; empty when nothing changed. */
export function changesOf(action: LiveAction, values: ActionValues): Partial<ActionValues> {
  const changes: Partial<ActionValues> = {};
  if (values.text !== action.text) changes.text = values.text;
  if (values.agencyId !== action.agencyId) changes.agencyId = values.agencyId;
  if (values.owner !== (action.owner || null)) changes.owner = values.owner;
  if (values.pathway !== (action.pathway ?? null)) changes.pathway = values.pathway;
  const dueDate = typeof action.dueRelativeDays === 'number' ? null : (action.dueDate ?? null);
  const relative = typeof action.dueRelativeDays === 'number' ? action.dueRelativeDays : null;
  if (values.dueDate !== dueDate || values.dueRelativeDays !== relative) {
    changes.dueDate = values.dueDate;
    changes.dueRelativeDays = values.dueRelativeDays;
  }
  return changes;
}

/** What a new action is added with: no empty fields. */
export function inputOf(values: ActionValues) {
  return {
    text: values.text,
    agencyId: values.agencyId,
    ...(values.owner ? { owner: values.owner } : {}),
    ...(values.pathway ? { pathway: values.pathway } : {}),
    ...(values.dueDate ? { dueDate: values.dueDate } : {}),
    ...(values.dueRelativeDays !== null ? { dueRelativeDays: values.dueRelativeDays } : {}),
  };
}

/** Display only: the server decides. The chair, the owning agency and the author may change an action. */
export function mayChangeAction(user: { _id: string; agencyId: string }, isChair: boolean, action: Pick<LiveAction, 'agencyId' | 'createdBy'>): boolean {
  return isChair || (!!action.agencyId && action.agencyId === user.agencyId) || (!!action.createdBy && action.createdBy === user._id);
}

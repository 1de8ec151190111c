// The frozen record of a closed meeting and the per-agency action list derived from it.
// Pure: no I/O, so the server, the exports and the client all derive the same list.
import type { ActionStatus } from '../domain/schemas.js';
import { PATHWAYS, type DecisionView } from '../live/layout.js';

/** Statuses that keep an action on the agency's list and carry it over to the next meeting. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in-progress', 'blocked', 'not-done'];

export function isOpenStatus(status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status);
}

/** Overdue: still open and due before today (dates are YYYY-MM-DD, so they compare as strings). */
export function isOverdue(action: { status: ActionStatus; dueDate?: string | null }, today: string): boolean {
  return isOpenStatus(action.status) && !!action.dueDate && action.dueDate < today;
}

export function pathwayLabel(key: string | undefined): string {
  return PATHWAYS.find((p) => p.key === key)?.label ?? key ?? '';
}

/** What an agency may see of a case on its list: never assessment or restricted content. */
export interface CaseContext {
  personId: string;
  name: string;
  caseReference: string;
  releaseDate: string | null;
}

export interface RecordAgency {
  id: string;
  name: string;
  shortName?: string;
}

export interface RecordAttendee {
  userId: string;
  displayName: string;
  agencyId: string;
  present: boolean;
  /** Agenda items the attendee was present for. */
  itemIds: string[];
}

export interface RecordAgendaItem {
  id: string;
  title: string;
  kind: 'case' | 'standing';
  personId?: string;
  presenterAgencyId?: string;
  notes: string;
}

/** A decision as the frozen record keeps it: the same shape the live documents hold. */
export type RecordDecision = DecisionView;

/** What an action is, in the frozen record and in the store alike. */
interface ActionCore {
  liveId: string;
  text: string;
  agencyId: string;
  owner?: string;
  /** Calendar date, resolved from a date relative to release where that is how it was set. */
  dueDate: string | null;
  dueRelativeDays?: number | null;
  personId?: string;
  pathway?: string;
  status: ActionStatus;
  createdAt: string;
}

export interface RecordAction extends ActionCore {
  /** `${meetingId}:${liveId}`: the id of the action record created at close. */
  id: string;
  itemId?: string;
  createdBy: string;
}

/** The rendered JSON record of a closed meeting (the Yjs snapshot is stored beside it). */
export interface ClosedRecord {
  meeting: { id: string; title: string; type: string; panelId: string; startsAt: string; chairId: string; chairName: string };
  closedAt: string;
  closedBy: string;
  agencies: RecordAgency[];
  people: CaseContext[];
  attendance: RecordAttendee[];
  agenda: RecordAgendaItem[];
  decisions: RecordDecision[];
  actions: RecordAction[];
}

/** One line of an agency's list, whether from this meeting or carried over. */
export interface AgencyActionItem {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  dueRelativeDays: number | null;
  overdue: boolean;
  status: ActionStatus;
  pathway: string | null;
  pathwayLabel: string | null;
  case: CaseContext | null;
  progressNotes: { at: string; by: string; text: string }[];
}

export interface AgencyActionList {
  meeting: { id: string; title: string; type: string; startsAt: string; closedAt: string; chairName: string };
  agency: RecordAgency;
  attendees: { displayName: string; agencyName: string }[];
  actions: AgencyActionItem[];
  carriedOver: AgencyActionItem[];
  decisions: { id: string; text: string; rationale: string; case: CaseContext | null }[];
  today: string;
}

export interface CurrentState {
  status: ActionStatus;
  progressNotes: { at: string; by: string; text: string }[];
}

function byDueDate(a: AgencyActionItem, b: AgencyActionItem): number {
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.text.localeCompare(b.text);
}

/**
 * One agency's list: its actions from this meeting (with their current status when tracked since),
 * its still-open actions from earlier meetings (already shaped by the caller), and the decisions
 * that bind it. Nothing of any other agency appears.
 */
export function deriveAgencyList(
  record: ClosedRecord,
  agencyId: string,
  options: { today: string; current?: Map<string, CurrentState>; carriedOver?: AgencyActionItem[] },
): AgencyActionList {
  const people = new Map(record.people.map((p) => [p.personId, p]));
  const agencyNames = new Map(record.agencies.map((a) => [a.id, a.name]));
  const agency = record.agencies.find((a) => a.id === agencyId) ?? { id: agencyId, name: agencyId };
  const actions = record.actions
    .filter((action) => action.agencyId === agencyId)
    .map((action): AgencyActionItem => {
      const current = options.current?.get(action.id);
      const status = current?.status ?? action.status;
      return {
        id: action.id,
        meetingId: record.meeting.id,
        meetingTitle: record.meeting.title,
        meetingDate: record.meeting.startsAt.slice(0, 10),
        text: action.text,
        owner: action.owner ?? null,
        dueDate: action.dueDate,
        dueRelativeDays: action.dueRelativeDays ?? null,
        overdue: isOverdue({ status, dueDate: action.dueDate }, options.today),
        status,
        pathway: action.pathway ?? null,
        pathwayLabel: action.pathway ? pathwayLabel(action.pathway) : null,
        case: (action.personId && people.get(action.personId)) || null,
        progressNotes: current?.progressNotes ?? [],
      };
    })
    .sort(byDueDate);
  const carriedOver = (options.carriedOver ?? []).filter((a) => a.meetingId !== record.meeting.id && a.status && isOpenStatus(a.status)).sort(byDueDate);
  return {
    meeting: {
      id: record.meeting.id,
      title: record.meeting.title,
      type: record.meeting.type,
      startsAt: record.meeting.startsAt,
      closedAt: record.closedAt,
      chairName: record.meeting.chairName,
    },
    agency,
    attendees: record.attendance
      .filter((a) => a.present)
      .map((a) => ({ displayName: a.displayName, agencyName: agencyNames.get(a.agencyId) ?? '' })),
    actions,
    carriedOver,
    decisions: record.decisions
      .filter((d) => d.agencyIds.includes(agencyId))
      .map((d) => ({ id: d.id, text: d.text, rationale: d.rationale, case: (d.personId && people.get(d.personId)) || null })),
    today: options.today,
  };
}

/** Agencies that own at least one action in the record: the ones that get an e-mail. */
export function agenciesWithActions(record: ClosedRecord): string[] {
  return [...new Set(record.actions.map((a) => a.agencyId))].sort();
}

/** An action record in the store: created at close, then tracked between meetings. */
export interface TrackedAction extends ActionCore {
  _id: string;
  meetingId: string;
  panelId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  progressNotes: { at: string; by: string; byName: string; text: string; status?: ActionStatus }[];
  updatedAt?: string;
}

/** A tracked action as one line of a list, with the case context the agency may see. */
export function toActionItem(action: TrackedAction, caseContext: CaseContext | null, today: string): AgencyActionItem {
  return {
    id: action._id,
    meetingId: action.meetingId,
    meetingTitle: action.meetingTitle,
    meetingDate: action.meetingStartsAt.slice(0, 10),
    text: action.text,
    owner: action.owner ?? null,
    dueDate: action.dueDate,
    dueRelativeDays: action.dueRelativeDays ?? null,
    overdue: isOverdue(action, today),
    status: action.status,
    pathway: action.pathway ?? null,
    pathwayLabel: action.pathway ? pathwayLabel(action.pathway) : null,
    case: caseContext,
    progressNotes: action.progressNotes,
  };
}

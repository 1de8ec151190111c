// An agency's action list, derived from the frozen record of a closed meeting, and how a tracked action is listed.
// Pure: no I/O, so the server, the exports and the client all derive the same list.
import { isOpenStatus } from '../domain/actionStatus.js';
import type { ActionStatus } from '../domain/schemas.js';
import type { AgencyListLine, CaseContext, TrackedAction } from '../domain/actions.js';
import type { AgencyList, ClosedRecord } from '../domain/closedRecord.js';
import { PATHWAYS } from '../live/caseFields.js';

/** Overdue: still open and due before today (dates are YYYY-MM-DD, so they compare as strings). */
export function isOverdue(action: { status: ActionStatus; dueDate?: string | null }, today: string): boolean {
  return isOpenStatus(action.status) && !!action.dueDate && action.dueDate < today;
}

export function pathwayLabel(key: string | undefined): string {
  return PATHWAYS.find((p) => p.key === key)?.label ?? key ?? '';
}

export interface CurrentState {
  status: ActionStatus;
  progressNotes: { at: string; by: string; text: string }[];
  /** The tracked due date when a release-date change moved it since the close, with the date before. */
  moved?: { dueDate: string | null; previousDueDate: string | null };
}

function byDueDate(a: AgencyListLine, b: AgencyListLine): number {
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
  options: { today: string; current?: Map<string, CurrentState>; carriedOver?: AgencyListLine[] },
): AgencyList {
  const people = new Map(record.people.map((p) => [p.personId, p]));
  const agencyNames = new Map(record.agencies.map((a) => [a.id, a.name]));
  const agency = record.agencies.find((a) => a.id === agencyId) ?? { id: agencyId, name: agencyId };
  const actions = record.actions
    .filter((action) => action.agencyId === agencyId)
    .map((action): AgencyListLine => {
      const current = options.current?.get(action.id);
      const status = current?.status ?? action.status;
      return {
        id: action.id,
        meetingId: record.meeting.id,
        meetingTitle: record.meeting.title,
        meetingDate: record.meeting.startsAt.slice(0, 10),
        text: action.text,
        owner: action.owner ?? null,
        dueDate: current?.moved ? current.moved.dueDate : action.dueDate,
        dueRelativeDays: action.dueRelativeDays ?? null,
        ...(current?.moved ? { previousDueDate: current.moved.previousDueDate } : {}),
        overdue: isOverdue({ status, dueDate: current?.moved ? current.moved.dueDate : action.dueDate }, options.today),
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
      heldOn: heldOn(record),
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

/** The day the meeting was actually held: when it was started, else (older records) when it was closed; never the scheduled date. */
export function heldOn(record: Pick<ClosedRecord, 'meeting' | 'closedAt'>): string {
  return record.meeting.heldOn ?? record.closedAt;
}

/** The agencies that get an e-mail at close: those with an action, and those bound by a decision though they have no action. */
export function agenciesToNotify(record: Pick<ClosedRecord, 'actions' | 'decisions'>): string[] {
  return [...new Set([...record.actions.map((a) => a.agencyId), ...record.decisions.flatMap((d) => d.agencyIds)])].sort();
}

/** A tracked action as one line of a list, with the case context the agency may see. */
export function toAgencyListLine(action: TrackedAction, caseContext: CaseContext | null, today: string): AgencyListLine {
  return {
    id: action._id,
    meetingId: action.meetingId,
    meetingTitle: action.meetingTitle,
    meetingDate: action.meetingStartsAt.slice(0, 10),
    text: action.text,
    owner: action.owner ?? null,
    dueDate: action.dueDate,
    dueRelativeDays: action.dueRelativeDays ?? null,
    ...(action.dueDateMovedAt ? { previousDueDate: action.previousDueDate ?? null } : {}),
    overdue: isOverdue(action, today),
    status: action.status,
    pathway: action.pathway ?? null,
    pathwayLabel: action.pathway ? pathwayLabel(action.pathway) : null,
    case: caseContext,
    progressNotes: action.progressNotes,
  };
}

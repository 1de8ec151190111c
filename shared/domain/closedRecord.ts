// The frozen record of a closed meeting (rendered JSON; the Yjs snapshot is stored beside it) and the agency list
// derived from it (shared/logic/agencyList.ts).
import type { DecisionView } from '../live/scoped.js';
import type { AgencyListLine, CaseContext, TrackedActionAtClose, TrackedActionReview } from './actions.js';
import type { RecordAmendment } from './lateAdditions.js';

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

export interface ClosedRecord {
  meeting: {
    id: string;
    title: string;
    type: string;
    panelId: string;
    startsAt: string;
    /** When it was actually held (started; else closed). Absent in records closed before it was kept. */
    heldOn?: string;
    chairId: string;
    chairName: string;
  };
  closedAt: string;
  closedBy: string;
  agencies: RecordAgency[];
  people: CaseContext[];
  attendance: RecordAttendee[];
  agenda: RecordAgendaItem[];
  decisions: RecordDecision[];
  actions: TrackedActionAtClose[];
  /** Late additions the chair accepted after the close, in order; kept beside the frozen record, never inside it. */
  amendments?: RecordAmendment[];
  /** Earlier tracked actions of the panel this meeting reviewed, with what it changed (absent in records closed before). */
  reviewedActions?: TrackedActionReview[];
}

/** One agency's action list of a closed meeting. */
export interface AgencyList {
  meeting: { id: string; title: string; type: string; startsAt: string; heldOn: string; closedAt: string; chairName: string };
  agency: RecordAgency;
  attendees: { displayName: string; agencyName: string }[];
  actions: AgencyListLine[];
  carriedOver: AgencyListLine[];
  decisions: { id: string; text: string; rationale: string; case: CaseContext | null }[];
  today: string;
}

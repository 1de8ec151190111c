// The REST API of tracked actions: between meetings (/api/actions), in a later meeting's review of them
// (/api/meetings/:id/previous-actions) and the agenda they propose for a panel's next meeting. The request schemas
// the server validates with, and the answers it returns; the client sends and reads the same types.
import { z } from 'zod';
import { PANEL_DECISION_OUTCOMES, type AgencyListLine, type PanelDecision, type ReviewChange } from '../domain/actions.js';
import { ACTION_STATUSES, type AgendaItemInput } from '../domain/schemas.js';
import { PATHWAYS, type PathwayKey } from '../live/caseFields.js';

/** PATCH /api/actions/:id (and the same in a review): a status, a progress note, or a correction (audited). */
export const trackedActionPatch = z
  .strictObject({
    status: z.enum(ACTION_STATUSES).optional(),
    progressNote: z.string().trim().min(1).max(4000).optional(),
    text: z.string().trim().min(1, 'Enter what needs to be done').max(2000).optional(),
    agencyId: z.string().min(1).max(64).optional(),
    owner: z.string().trim().max(120).nullable().optional(),
    dueDate: z.iso.date('Enter a real due date (YYYY-MM-DD)').nullable().optional(),
    pathway: z.enum(PATHWAYS.map((p) => p.key) as [PathwayKey, ...PathwayKey[]]).nullable().optional(),
  })
  .refine((p) => Object.values(p).some((value) => value !== undefined), { message: 'give a status, a progress note or a field to change' });
export type TrackedActionPatch = z.infer<typeof trackedActionPatch>;

/** POST /api/meetings/:id/previous-actions/:actionId/decision: what follows an action that could not be done. */
export const panelDecisionInput = z.strictObject({
  outcome: z.enum(PANEL_DECISION_OUTCOMES, { message: "Choose what follows: 'close' or 'reopen'" }),
  reason: z
    .string({ message: 'Give the reason for the decision' })
    .trim()
    .min(1, 'Give the reason for the decision')
    .max(2000, 'The reason must be 2,000 characters or fewer'),
});
export type PanelDecisionInput = z.infer<typeof panelDecisionInput>;

/** A tracked action as GET /api/actions lists it: a list line with its owning agency. */
export type TrackedActionView = AgencyListLine & { agencyId: string };

/** A tracked action as a later meeting of the same panel reviews it, with what this user may do there. */
export interface TrackedActionInReview extends TrackedActionView {
  personId: string | null;
  /** Could not be done, and the panel has not yet decided what follows. */
  awaitingDecision: boolean;
  panelDecision: PanelDecision | null;
  /** Changes made during this meeting. */
  changesHere: ReviewChange[];
  canUpdate: boolean;
  canDecide: boolean;
}

/** GET /api/meetings/:id/previous-actions */
export interface TrackedActionReviewList {
  meetingId: string;
  today: string;
  actions: TrackedActionInReview[];
}

/** Why a case is on the proposed agenda (GET /api/panels/:panelId/proposed-agenda). */
export interface ProposedCase {
  personId: string;
  name: string;
  caseReference: string;
  releaseDate: string | null;
  openActions: number;
  reasons: string[];
}

/** The agenda proposed for a panel's next meeting: the review item, its cases, any other business. */
export interface ProposedAgenda {
  panelId: string;
  agenda: AgendaItemInput[];
  cases: ProposedCase[];
  openActionCount: number;
}

// Tracked actions reviewed in a later meeting of the same panel ("Previous actions" in the room).
import { z } from 'zod';
import { ACTION_STATUSES } from '../../../shared/domain/schemas.js';
import { trackedActionReviewQuery } from '../routes/trackedActionReview.js';
import type { ApiArea } from './operation.js';
import { trackedAction } from './records.js';
import { PANEL_DECISION_OUTCOMES } from '../../../shared/domain/actions.js';
import { panelDecisionInput, trackedActionPatch } from '../../../shared/api/trackedActions.js';

const panelDecision = z.object({
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  meetingId: z.string(),
  outcome: z.enum(PANEL_DECISION_OUTCOMES),
  reason: z.string(),
});
const reviewChange = z.object({
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  meetingId: z.string(),
  from: z.enum(ACTION_STATUSES).optional(),
  to: z.enum(ACTION_STATUSES).optional(),
  note: z.string().optional(),
});
const trackedActionInReview = trackedAction.extend({
  personId: z.string().nullable(),
  awaitingDecision: z.boolean().describe('Could not be done, and the panel has not yet decided what follows'),
  panelDecision: panelDecision.nullable(),
  changesHere: z.array(reviewChange).describe('Changes made during this meeting'),
  canUpdate: z.boolean(),
  canDecide: z.boolean(),
});
const viewers = "the owning agency, the chair of the meeting that agreed it, this meeting's chair, and those who take part in the person's case here";

export const trackedActionReview: ApiArea = {
  tag: 'previous-actions',
  description: "Earlier actions of the panel reviewed in a later meeting: under each case item and the review item",
  operations: [
    {
      method: 'get',
      path: '/api/meetings/{id}/previous-actions',
      summary: "Open actions from the panel's earlier meetings (and those that could not be done, until the panel decides what follows), filtered per viewer; personId for one case",
      roles: viewers,
      query: trackedActionReviewQuery,
      response: z.object({ meetingId: z.string(), today: z.string(), actions: z.array(trackedActionInReview) }),
      errors: [404],
    },
    {
      method: 'patch',
      path: '/api/meetings/{id}/previous-actions/{actionId}',
      summary: 'Change the status and/or add a progress note in the room (as between meetings; audited); the close records the change',
      roles: "the owning agency or the chair of the meeting that agreed it (not observers)",
      body: trackedActionPatch,
      response: trackedActionInReview,
      errors: [404, 409],
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/previous-actions/{actionId}/decision',
      summary: "Record what the panel decided about an action that could not be done: close it or re-open it, with the reason (audited)",
      roles: "this meeting's chair",
      body: panelDecisionInput,
      response: trackedActionInReview,
      errors: [404, 409],
    },
  ],
};

// Actions: added in a live meeting over REST, then tracked between meetings; the next meeting's proposed agenda.
import { z } from 'zod';
import { actionInput, actionPatch, agendaItemInput, removalInput } from '../../../shared/domain/schemas.js';
import { pageQuery } from '../middleware.js';
import type { ApiArea } from './operation.js';
import { liveAction, page, trackedAction } from './records.js';
import { trackedActionPatch } from '../../../shared/api/trackedActions.js';

/** Same as routes/trackedActions.ts actionQuery (to move to shared/domain/schemas.ts). */
export const trackedActionQuery = pageQuery.extend({
  agencyId: z.string().max(64).optional(),
  meetingId: z.string().max(64).optional(),
  personId: z.string().max(64).optional(),
  status: z.string().max(200).optional().describe("A comma list of statuses, or 'outstanding'"),
  overdue: z.enum(['true', 'false']).optional(),
});

const proposedAgenda = z.object({
  panelId: z.string(),
  agenda: z.array(agendaItemInput),
  cases: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      caseReference: z.string(),
      releaseDate: z.string().nullable(),
      openActions: z.number().int().min(0),
      reasons: z.array(z.string()),
    }),
  ),
  openActionCount: z.number().int().min(0),
});
const attendees = 'invited attendees except observers';
const removed = z.object({ id: z.string(), removed: z.literal(true) });

export const actions: ApiArea = {
  tag: 'actions',
  description: 'Actions in live meetings and between meetings',
  operations: [
    {
      method: 'post',
      path: '/api/meetings/{id}/actions',
      summary: 'Add an action to a live meeting',
      roles: attendees,
      body: actionInput,
      status: 201,
      response: liveAction,
      errors: [404, 409],
    },
    {
      method: 'patch',
      path: '/api/meetings/{id}/actions/{actionId}',
      summary: 'Change any field of an action of a live meeting: text, agency, owner, due date, pathway, status (audited; the status alone: anyone who may write its case)',
      roles: "the meeting's chair, the owning agency or the action's author",
      body: actionPatch,
      response: liveAction,
      errors: [404, 409],
    },
    {
      method: 'delete',
      path: '/api/meetings/{id}/actions/{actionId}',
      summary: 'Remove an action of a live meeting; the reason is kept in the audit',
      roles: "the meeting's chair, the owning agency or the action's author",
      body: removalInput,
      response: removed,
      errors: [404, 409],
    },
    {
      method: 'delete',
      path: '/api/meetings/{id}/decisions/{decisionId}',
      summary: 'Remove an empty decision (no text, no rationale) of a live meeting; the reason is kept in the audit',
      roles: 'those who may write the decision’s case (not observers)',
      body: removalInput,
      response: removed,
      errors: [404, 409],
    },
    {
      method: 'get',
      path: '/api/actions',
      summary: "Tracked actions across meetings: members see their own agency's, chairs their meetings' too",
      query: trackedActionQuery,
      response: page('TrackedAction', trackedAction),
      errors: [400, 403],
    },
    { method: 'get', path: '/api/actions/{id}', summary: 'One tracked action with its progress notes', response: trackedAction, errors: [403, 404] },
    {
      method: 'patch',
      path: '/api/actions/{id}',
      summary: 'Change status and/or add a progress note (audited)',
      roles: "the owning agency, the meeting's chair, admin",
      body: trackedActionPatch,
      response: trackedAction,
      errors: [404],
    },
    {
      method: 'get',
      path: '/api/panels/{panelId}/proposed-agenda',
      summary: "Agenda proposed for the panel's next meeting",
      roles: 'its chairs, admin',
      response: proposedAgenda,
      errors: [404],
    },
  ],
};

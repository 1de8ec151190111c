// Who takes part in what inside a meeting: per-item agencies, guests, restricted sections and requests for them.
import { z } from 'zod';
import type { ApiArea } from './operation.js';
import { accessRequest, itemsOf, meeting } from './records.js';
import { accessDecisionInput, guestInviteInput, itemAgenciesInput, restrictedAgenciesInput } from '../../../shared/api/meetingAccess.js';

const restrictedStatus = z.object({
  personId: z.string(),
  allowed: z.boolean().describe('Whether this user may open the restricted section'),
  holders: z.array(z.object({ id: z.string(), name: z.string() })).describe('Agencies holding it'),
  requested: z.boolean().describe("Whether this user's agency has a pending request"),
});
const chair = 'the chair, admin';

export const meetingAccess: ApiArea = {
  tag: 'meeting-access',
  description: 'Per-item agencies, guests and restricted sections of a meeting',
  operations: [
    {
      method: 'put',
      path: '/api/meetings/{id}/items/{itemId}/agencies',
      summary: 'Agencies taking part in one agenda item; null opens it to all attendees',
      roles: chair,
      body: itemAgenciesInput,
      response: meeting,
      errors: [404, 409],
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/guests',
      summary: 'Invite a guest for named case items, read-only unless canWrite',
      roles: chair,
      body: guestInviteInput,
      status: 201,
      response: meeting,
      errors: [404, 409],
    },
    { method: 'delete', path: '/api/meetings/{id}/guests/{userId}', summary: 'Withdraw a guest invitation', roles: chair, response: meeting, errors: [404, 409] },
    {
      method: 'get',
      path: '/api/meetings/{id}/restricted/{personId}',
      summary: 'Who holds a restricted section, whether you may open it, whether you asked',
      response: restrictedStatus,
      errors: [403, 404],
    },
    {
      method: 'put',
      path: '/api/meetings/{id}/restricted/{personId}',
      summary: "Agencies allowed into the person's restricted sections",
      roles: chair,
      body: restrictedAgenciesInput,
      response: meeting,
      errors: [404, 409],
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/restricted/{personId}/requests',
      summary: "Ask for your agency to be let into the person's restricted sections",
      status: 201,
      response: accessRequest,
      errors: [404],
    },
    { method: 'get', path: '/api/meetings/{id}/access-requests', summary: 'Pending requests for restricted sections', roles: chair, response: itemsOf(accessRequest), errors: [404] },
    {
      method: 'post',
      path: '/api/meetings/{id}/access-requests/{requestId}',
      summary: 'Grant or refuse a request',
      roles: chair,
      body: accessDecisionInput,
      response: accessRequest,
      errors: [404, 409],
    },
  ],
};

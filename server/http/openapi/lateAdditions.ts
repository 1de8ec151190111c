// Late additions to a closed meeting: sent by a participant, accepted or declined by the chair.
import { z } from 'zod';
import { LATE_ADDITION_STATES, lateAdditionDecisionSchema, lateAdditionInputSchema } from '../../../shared/domain/lateAdditions.js';
import type { ApiArea } from './operation.js';

const lateAddition = z.object({
  _id: z.string(),
  meetingId: z.string(),
  personId: z.string().nullable(),
  items: z.array(z.object({ label: z.string(), text: z.string() })),
  submittedBy: z.string(),
  submittedByName: z.string(),
  agencyId: z.string(),
  submittedAt: z.string(),
  state: z.enum(LATE_ADDITION_STATES),
  decidedBy: z.string().optional(),
  decidedByName: z.string().optional(),
  decidedAt: z.string().optional(),
  reason: z.string().optional(),
});

export const lateAdditions: ApiArea = {
  tag: 'late additions',
  description: 'Changes a participant still held when the meeting closed, sent to the chair afterwards',
  operations: [
    {
      method: 'get',
      path: '/api/meetings/{id}/late-additions',
      summary: "A closed meeting's late additions: all of them for the chair, one's own for anyone else",
      roles: 'the chair, attendees',
      response: z.object({ items: z.array(lateAddition) }),
      errors: [404, 409],
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/late-additions',
      summary: 'Send the changes this device held unsent when the meeting closed to the chair',
      roles: 'attendees who take part in the case (not guests or observers)',
      body: lateAdditionInputSchema,
      status: 201,
      response: lateAddition,
      errors: [404, 409],
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/late-additions/{additionId}/decision',
      summary: 'Accept a late addition into the record as an amendment, or decline it (both audited)',
      roles: 'the chair',
      body: lateAdditionDecisionSchema,
      response: lateAddition,
      errors: [404, 409],
    },
  ],
};

// Closing a meeting and what it produces: the review, the close, each agency's list, the minutes and the e-mails.
import { z } from 'zod';
import type { ApiArea } from './operation.js';
import { agencyList, closedRecord, itemsOf, outboxEmail } from './records.js';

// Same as the query schemas in routes/close.ts (to move to shared/domain/schemas.ts).
export const listFormat = z.object({ format: z.enum(['json', 'pdf', 'csv']).default('json') });
export const minutesFormat = z.object({ format: z.enum(['json', 'html', 'pdf']).default('json') });

const flagged = z.object({ id: z.string(), text: z.string(), agencyId: z.string() });
const closeReview = z.object({
  meetingId: z.string(),
  status: z.enum(['scheduled', 'live', 'closed']),
  actionCount: z.number().int().min(0),
  withoutOwner: z.array(flagged),
  withoutDueDate: z.array(flagged),
  /** Who may hold changes the server has not received: their client says so, or their connection was lost. */
  unsent: z.array(
    z.object({ userId: z.string(), displayName: z.string(), agencyId: z.string(), reason: z.enum(['unsent', 'connection-lost']), since: z.string() }),
  ),
  redFlags: z.array(
    z.object({
      personId: z.string(),
      flags: z.array(
        z.object({
          code: z.string(),
          severity: z.enum(['high', 'medium']),
          message: z.string(),
          pathway: z.string().optional(),
          actionId: z.string().optional(),
          checklistKeys: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
});
const closeResult = z.object({
  meetingId: z.string(),
  status: z.literal('closed'),
  closedAt: z.string(),
  closedBy: z.string(),
  contentHash: z.string(),
  actionIds: z.array(z.string()),
  agencyIds: z.array(z.string()),
});
const chair = 'the chair';

export const close: ApiArea = {
  tag: 'close',
  description: 'Closing meetings, agency action lists, minutes and e-mails',
  operations: [
    {
      method: 'get',
      path: '/api/meetings/{id}/close-review',
      summary: 'What the chair checks before closing: actions without owner or due date, open red flags, who may hold unsent changes',
      roles: chair,
      response: closeReview,
      errors: [404],
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/close',
      summary: 'Close the meeting: freeze its documents, store the record, create the action records, queue the e-mails. Idempotent',
      roles: chair,
      response: closeResult,
      errors: [404, 409],
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/agency-actions/{agencyId}',
      summary: "One agency's actions from this meeting, its open actions from earlier meetings and the decisions that bind it (format=json|pdf|csv)",
      roles: "that agency's members, the chair, admin",
      query: listFormat,
      response: agencyList,
      files: ['application/pdf', 'text/csv'],
      errors: [404, 409],
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/minutes',
      summary: 'Minutes of a closed meeting, limited to the cases this user takes part in (format=json|html|pdf)',
      roles: 'attendees except guests',
      query: minutesFormat,
      response: z.object({ record: closedRecord, contentHash: z.string() }),
      files: ['text/html', 'application/pdf'],
      errors: [404, 409],
    },
    { method: 'get', path: '/api/meetings/{id}/emails', summary: 'E-mails of the agency lists and their delivery state', roles: chair, response: itemsOf(outboxEmail), errors: [404] },
    {
      method: 'post',
      path: '/api/meetings/{id}/emails/{emailId}/retry',
      summary: 'Put an unsent e-mail back in the queue',
      roles: chair,
      response: outboxEmail,
      errors: [404, 409],
    },
  ],
};

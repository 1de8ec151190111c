// Risk-level changes with their reasons, and a person's chronology.
import { z } from 'zod';
import { CHRONOLOGY_KINDS } from '../../../shared/domain/chronology.js';
import { riskLevelChangeInput } from '../../../shared/domain/riskLevels.js';
import type { ApiArea } from './operation.js';

const riskLevelChange = z.object({
  _id: z.string(),
  personId: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  group: z.string(),
  from: z.string().describe("The level before ('' when not assessed)"),
  to: z.string(),
  reason: z.string(),
  by: z.string(),
  byName: z.string().describe('Who changed it, with their agency'),
  byAgencyId: z.string(),
  at: z.string(),
});

const chronologyEntry = z.object({
  id: z.string(),
  kind: z.enum(CHRONOLOGY_KINDS.map((k) => k.key) as [string, ...string[]]),
  at: z.string(),
  dateOnly: z.boolean().optional().describe('Only the day is known (custody episodes)'),
  title: z.string(),
  detail: z.string().optional(),
  by: z.string().optional(),
  meeting: z.object({ id: z.string(), title: z.string() }).optional(),
  link: z.string().optional(),
});

export const chronology: ApiArea = {
  tag: 'chronology',
  description: "Risk-level changes and a person's chronology, filtered by need-to-know",
  operations: [
    {
      method: 'post',
      path: '/api/meetings/{id}/people/{personId}/risk-levels',
      summary: "Change one group's risk of serious harm level in a person's case; a reason is required (audited, shown in the chronology)",
      roles: 'those who may write the case (not observers); not in a closed meeting',
      body: riskLevelChangeInput,
      status: 201,
      response: riskLevelChange,
      errors: [404, 409],
    },
    {
      method: 'get',
      path: '/api/people/{id}/chronology',
      summary: "A person's chronology, newest first: release and status changes, risk-level changes, meetings, decisions, actions, notifications sent to you",
      roles: 'those who may see the person; each entry only where the reader may see it',
      response: z.object({ personId: z.string(), entries: z.array(chronologyEntry) }),
      errors: [404],
    },
  ],
};

// Late additions: what a participant's device still held when the meeting closed, sent to the chair, who
// accepts it into the record as an amendment or declines it. Schemas shared by the server and the client.
import { z } from 'zod';

export const LATE_ADDITION_STATES = ['pending', 'accepted', 'declined'] as const;
export type LateAdditionState = (typeof LATE_ADDITION_STATES)[number];

const id = z.string().trim().min(1, 'Enter an id').max(64, 'An id must be 64 characters or fewer');

export const lateAdditionItemSchema = z
  .object({
    /** Where it was written, in words ("Notes", "Who is at risk"). */
    label: z.string({ error: 'Say where each change was written' }).trim().min(1, 'Say where each change was written').max(200, 'A field name must be 200 characters or fewer'),
    text: z.string({ error: 'Enter the text of each change' }).trim().min(1, 'Enter the text of each change').max(20_000, 'A change must be 20,000 characters or fewer'),
  })
  .strict();

export const lateAdditionInputSchema = z
  .object({
    /** The case the changes belong to; absent or null for the meeting's standing items. */
    personId: id.nullish(),
    items: z.array(lateAdditionItemSchema).min(1, 'Send at least one change').max(50, 'Send at most 50 changes at once'),
  })
  .strict();
export type LateAdditionInput = z.infer<typeof lateAdditionInputSchema>;

export const lateAdditionDecisionSchema = z
  .object({
    decision: z.enum(['accept', 'decline'], { error: 'Choose accept or decline' }),
    reason: z.string().trim().max(2000, 'A reason must be 2,000 characters or fewer').optional(),
  })
  .strict();
export type LateAdditionDecision = z.infer<typeof lateAdditionDecisionSchema>;

export interface LateAdditionItem {
  label: string;
  text: string;
}

export interface LateAddition {
  _id: string;
  meetingId: string;
  personId: string | null;
  items: LateAdditionItem[];
  submittedBy: string;
  submittedByName: string;
  agencyId: string;
  submittedAt: string;
  state: LateAdditionState;
  decidedBy?: string;
  decidedByName?: string;
  decidedAt?: string;
  reason?: string;
}

/** An accepted late addition as it is appended to a closed meeting's record: the record itself is not changed. */
export interface RecordAmendment {
  id: string;
  personId?: string;
  items: LateAdditionItem[];
  submittedBy: string;
  submittedByName: string;
  submittedAt: string;
  acceptedBy: string;
  acceptedByName: string;
  acceptedAt: string;
}

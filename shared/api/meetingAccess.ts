// The REST API of who takes part in what inside a meeting: per-item agencies, guests, restricted sections and the
// requests for them. Request schemas the server validates with, and what it answers.
import { z } from 'zod';

const id = z.string().min(1).max(64);

/** PUT /api/meetings/:id/restricted/:personId */
export const restrictedAgenciesInput = z.strictObject({ agencyIds: z.array(id).max(50) });
/** PUT /api/meetings/:id/items/:itemId/agencies: null opens the item to every attendee. */
export const itemAgenciesInput = z.strictObject({ agencyIds: z.array(id).max(50).nullable() });
/** POST /api/meetings/:id/guests */
export const guestInviteInput = z.strictObject({
  userId: id,
  itemIds: z.array(id).min(1, 'invite the guest for at least one item').max(20),
  canWrite: z.boolean().default(false),
  window: z.strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }).optional(),
});
/** POST /api/meetings/:id/access-requests/:requestId */
export const accessDecisionInput = z.strictObject({ decision: z.enum(['grant', 'refuse']) });
export type AccessDecision = z.infer<typeof accessDecisionInput>['decision'];

/** GET /api/meetings/:id/restricted/:personId: who holds a restricted section, whether you may open it, whether you asked. */
export interface RestrictedStatus {
  personId: string;
  allowed: boolean;
  holders: { id: string; name: string }[];
  requested: boolean;
}

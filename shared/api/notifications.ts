// Request schemas of the notification centre's REST API.
import { z } from 'zod';

/** POST /api/notifications/read: these notifications, or all of the user's. */
export const markReadBody = z.union(
  [
    z.strictObject({ ids: z.array(z.string().min(1).max(100), { message: 'ids must be a list of notification ids' }).min(1, 'Give at least one notification id').max(200) }),
    z.strictObject({ all: z.literal(true, { message: 'all must be true' }) }),
  ],
  { message: 'Give the notification ids to mark read, or all: true' },
);
export type MarkReadBody = z.infer<typeof markReadBody>;

// What the REST API answers about the first days after release between meetings.
import type { FirstDaysStatus } from '../logic/firstDays.js';

/** GET /api/people/:id/first-days. */
export interface FirstDaysView extends FirstDaysStatus {
  personId: string;
  /** The user may confirm items (agencies on the case who act for it, chairs of the person's panels). */
  canCheck: boolean;
  /** The meeting whose checklist the items start from, when there was one. */
  meeting: { id: string; title: string } | null;
}

// Risk of serious harm levels changed in a meeting: always with a reason, recorded with who and when.
// The room asks for the reason before it sends the change; the server refuses a change without one.
import { z } from 'zod';
import { RISK_GROUPS, type RiskGroup } from '../live/caseFields.js';
import { RISK_LEVELS } from './schemas.js';

export const RISK_LEVEL_REASON_MAX = 2000;

/** POST /api/meetings/:id/people/:personId/risk-levels */
export const riskLevelChangeInput = z.strictObject({
  group: z.enum(RISK_GROUPS.map((g) => g.key) as [RiskGroup, ...RiskGroup[]], {
    error: `Invalid group: use one of ${RISK_GROUPS.map((g) => g.key).join(', ')}`,
  }),
  /** The new level; '' clears it ("Not assessed"). */
  level: z.enum(['', ...RISK_LEVELS], { error: `Invalid level: use one of ${RISK_LEVELS.join(', ')} or '' (not assessed)` }),
  reason: z
    .string({ error: 'Enter why the risk level is changing' })
    .trim()
    .min(1, { error: 'Enter why the risk level is changing' })
    .max(RISK_LEVEL_REASON_MAX, { error: `The reason must be ${RISK_LEVEL_REASON_MAX} characters or fewer` }),
});
export type RiskLevelChangeInput = z.infer<typeof riskLevelChangeInput>;

/** One change of one group's level, as stored in `riskLevelChanges`. */
export interface RiskLevelChange {
  _id: string;
  personId: string;
  meetingId: string;
  meetingTitle: string;
  group: RiskGroup;
  /** '' when the group had no level ("Not assessed"). */
  from: string;
  to: string;
  reason: string;
  by: string;
  byName: string;
  byAgencyId: string;
  at: string;
}

export const RISK_LEVEL_LABELS: Record<string, string> = { '': 'Not assessed', low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' };

export function riskGroupLabel(group: string): string {
  return RISK_GROUPS.find((g) => g.key === group)?.label ?? group;
}

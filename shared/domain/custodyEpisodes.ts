// Custody episodes and recalls on the person record: each time in custody (on remand, serving a sentence, or recalled
// on licence) with its start, its end (the release from that episode, once known), the prison and the reason. Schemas
// shared by the server (validation, OpenAPI) and the client (the same checks before anything is sent). Changed only
// by whoever may change the custody fields (server/policy: 'person:custody-episodes').
import { z } from 'zod';

export const CUSTODY_EPISODE_TYPES = ['remand', 'sentence', 'recall'] as const;
export type CustodyEpisodeType = (typeof CUSTODY_EPISODE_TYPES)[number];

/** A fixed-term recall lasts 14 or 28 days; a standard recall lasts until release is directed (Parole Board or probation). */
export const RECALL_TYPES = ['fixed-term', 'standard'] as const;
type RecallType = (typeof RECALL_TYPES)[number];

export const CUSTODY_EPISODE_TYPE_LABELS: Record<CustodyEpisodeType, string> = {
  remand: 'Remand',
  sentence: 'Sentence',
  recall: 'Recall',
};

export const RECALL_TYPE_LABELS: Record<RecallType, string> = {
  'fixed-term': 'Fixed-term recall',
  standard: 'Standard recall',
};

const date = (what: string) => z.iso.date({ error: `${what} must be a real date` });

/** POST /api/people/:id/custody-episodes and PUT …/:episodeId: the whole episode. */
export const custodyEpisodeInput = z
  .strictObject({
    type: z.enum(CUSTODY_EPISODE_TYPES, { error: 'Select the type of custody' }),
    recallType: z.enum(RECALL_TYPES, { error: 'Select the type of recall' }).nullable().optional(),
    startDate: date('Start date'),
    /** The day this episode ended (the release from it); none while it continues. */
    endDate: date('End date').nullable().optional(),
    prison: z.string().trim().max(120, { error: 'Prison must be 120 characters or fewer' }).optional(),
    reason: z.string().trim().max(2000, { error: 'Reason must be 2000 characters or fewer' }).optional(),
  })
  .superRefine((episode, ctx) => {
    for (const problem of custodyEpisodeProblems(episode)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type CustodyEpisodeInput = z.infer<typeof custodyEpisodeInput>;

interface CustodyEpisodeProblem {
  field: 'type' | 'recallType' | 'startDate' | 'endDate' | 'reason';
  message: string;
}

/** Rules across an episode's fields: a recall has its type and reason; nothing else has a recall type; it ends after it starts. */
export function custodyEpisodeProblems(episode: Partial<CustodyEpisodeInput>): CustodyEpisodeProblem[] {
  const problems: CustodyEpisodeProblem[] = [];
  if (episode.type === 'recall') {
    if (!episode.recallType) problems.push({ field: 'recallType', message: 'Select the type of recall' });
    if (!episode.reason?.trim()) problems.push({ field: 'reason', message: 'Enter the reason for the recall' });
  } else if (episode.type && episode.recallType) {
    problems.push({ field: 'recallType', message: 'Only a recall has a type of recall' });
  }
  if (episode.startDate && episode.endDate && episode.endDate < episode.startDate)
    problems.push({ field: 'endDate', message: 'End date must be the same as or after the start date' });
  return problems;
}

export interface CustodyEpisode extends CustodyEpisodeInput {
  _id: string;
  personId: string;
  createdAt: string;
  createdBy: string;
  createdByName: string;
  updatedAt?: string;
  updatedBy?: string;
  /** The recorded custody-status change that opened or closed this episode, when one did (PersonEvent.changeId). */
  openedByChangeId?: string;
  closedByChangeId?: string;
}

/** GET /api/people/:id/custody-episodes: newest first, with whether the user may add or change them. */
export interface CustodyEpisodesView {
  items: CustodyEpisode[];
  canEdit: boolean;
}

/** "Recall (fixed-term recall)", "Remand": one episode's kind in words. */
export function describeEpisodeType(episode: Pick<CustodyEpisodeInput, 'type' | 'recallType'>): string {
  const type = CUSTODY_EPISODE_TYPE_LABELS[episode.type] ?? episode.type;
  return episode.type === 'recall' && episode.recallType ? `${type} (${RECALL_TYPE_LABELS[episode.recallType].toLowerCase()})` : type;
}

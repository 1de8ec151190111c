// Custody episodes and recalls on the person record.
import { z } from 'zod';
import { CUSTODY_EPISODE_TYPES, custodyEpisodeInput, RECALL_TYPES } from '../../../shared/domain/custodyEpisodes.js';
import type { ApiArea } from './operation.js';

export const custodyEpisode = z
  .object({
    _id: z.string(),
    personId: z.string(),
    type: z.enum(CUSTODY_EPISODE_TYPES),
    recallType: z.enum(RECALL_TYPES).optional().describe('Only on a recall'),
    startDate: z.string(),
    endDate: z.string().optional().describe('The release from this episode; absent while it continues'),
    prison: z.string().optional(),
    reason: z.string().optional(),
    createdAt: z.string(),
    createdBy: z.string(),
    createdByName: z.string(),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
    openedByChangeId: z.string().optional().describe('The recorded custody-status change that opened it'),
    closedByChangeId: z.string().optional().describe('The recorded custody-status change that ended it'),
  })
  .meta({ id: 'CustodyEpisode' });

const editors = "the lead agency, a chair of one of the person's panels, an administrator";

export const custodyEpisodes: ApiArea = {
  tag: 'custody episodes',
  description: 'Custody episodes and recalls on the person record (remand, sentence, recall with its type)',
  operations: [
    {
      method: 'get',
      path: '/api/people/{id}/custody-episodes',
      summary: "A person's custody episodes and recalls, newest first, and whether the user may add or change them",
      roles: 'anyone who may see the person',
      response: z.object({ items: z.array(custodyEpisode), canEdit: z.boolean() }),
      errors: [403, 404],
    },
    {
      method: 'post',
      path: '/api/people/{id}/custody-episodes',
      summary: 'Add a custody episode or recall (its time may not overlap another episode; audited)',
      roles: editors,
      body: custodyEpisodeInput,
      status: 201,
      response: custodyEpisode,
      errors: [403, 404, 409],
    },
    {
      method: 'put',
      path: '/api/people/{id}/custody-episodes/{episodeId}',
      summary: 'Change a custody episode or recall: the whole episode (audited)',
      roles: editors,
      body: custodyEpisodeInput,
      response: custodyEpisode,
      errors: [403, 404, 409],
    },
  ],
};

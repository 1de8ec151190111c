// Release-date and custody-status changes recorded as events (issue 11 §2).
import { z } from 'zod';
import { EVENT_FIELDS, RELEASE_CHANGE_TYPES, releaseChangeInput } from '../../../shared/domain/personEvents.js';
import type { ApiArea } from './operation.js';
import { itemsOf } from './records.js';
import { custodyEpisode } from './custodyEpisodes.js';

const movedAction = z.object({ actionId: z.string(), from: z.string().nullable().describe('Due date before'), to: z.string().nullable().describe('Due date now') });

export const personEvent = z.object({
  _id: z.string(),
  personId: z.string(),
  kind: z.literal('release-change'),
  changeId: z.string().describe('Shared by the events of one request'),
  field: z.enum(EVENT_FIELDS),
  old: z.string().nullable(),
  new: z.string().nullable(),
  type: z.enum(RELEASE_CHANGE_TYPES),
  reason: z.string(),
  source: z.string(),
  by: z.string(),
  byName: z.string(),
  byAgencyId: z.string(),
  at: z.string(),
  movedActions: z.array(movedAction).optional().describe('Open actions due relative to release whose dates moved'),
  episodeMove: z
    .object({
      date: z.string(),
      closeId: z.string().optional().describe('The custody episode it ended'),
      open: custodyEpisode.omit({ personId: true }).optional().describe('The custody episode (e.g. a recall) it opened'),
    })
    .optional()
    .describe('On a custody-status change: the custody episodes it moved'),
  appliedAt: z.string().optional(),
  notifiedAt: z.string().optional(),
  notifiedCount: z.number().int().optional(),
});

export const releaseChanges: ApiArea = {
  tag: 'release changes',
  description: 'Release-date and custody-status changes, recorded with type, reason and source; the case team and action owners are told',
  operations: [
    { method: 'get', path: '/api/people/{id}/release-changes', summary: "A person's recorded release-date and custody-status changes, newest first", response: itemsOf(personEvent), errors: [403, 404] },
    {
      method: 'post',
      path: '/api/people/{id}/release-changes',
      summary: "Record a change of release date and/or custody status; release-relative due dates move and everyone concerned is told once",
      roles: "the lead agency, a chair of one of the person's panels, an administrator",
      body: releaseChangeInput,
      status: 201,
      response: z.object({ events: z.array(personEvent), notified: z.number().int() }),
      errors: [403, 404, 409],
    },
  ],
};

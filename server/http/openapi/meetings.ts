// Meetings: the list, one meeting as this user may see it, scheduling, changes and start.
import { z } from 'zod';
import { MEETING_STATUSES, meetingInput, meetingPatch } from '../../../shared/domain/schemas.js';
import { pageQuery } from '../middleware.js';
import type { ApiArea } from './operation.js';
import { meeting, meetingDetail, page } from './records.js';

/** Same as routes/meetings.ts meetingFilter (to move to shared/domain/schemas.ts). */
export const meetingFilter = pageQuery.extend({
  status: z.enum(MEETING_STATUSES).optional(),
  panelId: z.string().optional(),
  from: z.string().optional().describe('Starting at or after (ISO date or date-time)'),
  to: z.string().optional().describe('Starting at or before (ISO date or date-time)'),
});

export const meetings: ApiArea = {
  tag: 'meetings',
  description: 'Meetings and their agendas',
  operations: [
    { method: 'get', path: '/api/meetings', summary: 'Meetings the user is invited to', query: meetingFilter, response: page('Meeting', meeting) },
    { method: 'get', path: '/api/meetings/{id}', summary: 'One meeting as this user may see it, with the live documents they may open', response: meetingDetail, errors: [403, 404] },
    { method: 'post', path: '/api/meetings', summary: 'Schedule a meeting', roles: 'admin, chair', body: meetingInput, status: 201, response: meeting, errors: [404] },
    { method: 'patch', path: '/api/meetings/{id}', summary: 'Change a meeting', roles: 'its chair, admin', body: meetingPatch, response: meeting, errors: [404, 409] },
    { method: 'post', path: '/api/meetings/{id}/start', summary: 'Start the meeting', roles: 'its chair', response: meeting, errors: [404, 409] },
  ],
};

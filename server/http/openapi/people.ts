// People (cases): the list this user may see, one person, who viewed them, create and change.
import { z } from 'zod';
import { CUSTODY_STATUSES, personInput, personPatch } from '../../../shared/domain/schemas.js';
import { pageQuery } from '../middleware.js';
import type { ApiArea } from './operation.js';
import { itemsOf, page, person } from './records.js';

/** Same as routes/people.ts peopleFilter (to move to shared/domain/schemas.ts). */
export const peopleFilter = pageQuery.extend({
  releaseFrom: z.iso.date().optional(),
  releaseTo: z.iso.date().optional(),
  custodyStatus: z.enum(CUSTODY_STATUSES).optional(),
  q: z.string().trim().max(100).optional().describe('Part of a name, or a case reference'),
});

const viewer = z.object({ userId: z.string(), displayName: z.string(), agencyId: z.string(), at: z.string().describe('When this user last viewed the person') });

export const people: ApiArea = {
  tag: 'people',
  description: 'People (cases), filtered by need-to-know',
  operations: [
    { method: 'get', path: '/api/people', summary: 'List the people this user may see (the search is audited)', query: peopleFilter, response: page('Person', person) },
    { method: 'get', path: '/api/people/{id}', summary: 'One person (audited)', response: person, errors: [403, 404] },
    { method: 'get', path: '/api/people/{id}/viewers', summary: 'Who has viewed this person, and when last', response: itemsOf(viewer), errors: [403, 404] },
    {
      method: 'post',
      path: '/api/people',
      summary: 'Create a person',
      roles: 'admin, chair, member, minute-taker',
      body: personInput,
      status: 201,
      response: person,
      errors: [409],
    },
    {
      method: 'patch',
      path: '/api/people/{id}',
      summary: 'Change a person (field-level rights apply)',
      roles: 'the case team; panel chairs for identity, custody, release and MAPPA fields',
      body: personPatch,
      response: person,
      errors: [404, 409],
    },
  ],
};

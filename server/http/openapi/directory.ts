// The partnership directory: agencies, panels and users (reading for everyone signed in, changing for administrators).
import { z } from 'zod';
import { agencyInput, agencyPatch, panelInput, ROLES, userInput, userPatch } from '../../../shared/domain/schemas.js';
import { pageQuery } from '../middleware.js';
import type { ApiArea } from './operation.js';
import { agency, page, panel, user } from './records.js';

/** Same as routes/directory.ts userFilter (to move to shared/domain/schemas.ts). */
export const userFilter = pageQuery.extend({ agencyId: z.string().optional(), role: z.enum(ROLES).optional() });

const admin = 'admin';

export const directory: ApiArea = {
  tag: 'directory',
  description: 'Agencies, panels and users',
  operations: [
    { method: 'get', path: '/api/agencies', summary: 'List agencies', query: pageQuery, response: page('Agency', agency) },
    { method: 'get', path: '/api/agencies/{id}', summary: 'One agency', response: agency, errors: [404] },
    { method: 'post', path: '/api/agencies', summary: 'Create an agency', roles: admin, body: agencyInput, status: 201, response: agency, errors: [403, 409] },
    { method: 'patch', path: '/api/agencies/{id}', summary: 'Change an agency', roles: admin, body: agencyPatch, response: agency, errors: [404, 409] },
    { method: 'get', path: '/api/panels', summary: 'List panels', query: pageQuery, response: page('Panel', panel) },
    { method: 'post', path: '/api/panels', summary: 'Create a panel', roles: admin, body: panelInput, status: 201, response: panel, errors: [409] },
    {
      method: 'get',
      path: '/api/users',
      summary: 'List users (administrators also see whether each account is active)',
      query: userFilter,
      response: page('User', user),
    },
    { method: 'get', path: '/api/users/{id}', summary: 'One user', response: user, errors: [404] },
    { method: 'post', path: '/api/users', summary: 'Create a user', roles: admin, body: userInput, status: 201, response: user, errors: [409] },
    {
      method: 'patch',
      path: '/api/users/{id}',
      summary: 'Change a user; a new password ends every session of the account',
      roles: admin,
      body: userPatch,
      response: user,
      errors: [404, 409],
    },
  ],
};

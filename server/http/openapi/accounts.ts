// Account lifecycle for administrators: disable and enable accounts, a user's sessions, resetting the second factor.
import { z } from 'zod';
import type { ApiArea } from './operation.js';
import { itemsOf, sessionSummary, user } from './records.js';

const ended = z.object({ ended: z.number().int().min(0).describe('How many sessions ended') });
const roles = 'admin';

export const accounts: ApiArea = {
  tag: 'accounts',
  description: 'Account lifecycle for administrators',
  operations: [
    { method: 'post', path: '/api/users/{id}/disable', summary: 'Disable an account and end its sessions', roles, response: user, errors: [404, 409] },
    { method: 'post', path: '/api/users/{id}/enable', summary: 'Enable a disabled account', roles, response: user, errors: [404] },
    { method: 'get', path: '/api/users/{id}/sessions', summary: "A user's open sessions", roles, response: itemsOf(sessionSummary), errors: [404] },
    { method: 'delete', path: '/api/users/{id}/sessions', summary: 'End every session of a user', roles, response: ended, errors: [404] },
    { method: 'delete', path: '/api/users/{id}/sessions/{handle}', summary: 'End one session of a user', roles, response: ended, errors: [400, 404] },
    { method: 'delete', path: '/api/users/{id}/mfa', summary: "Reset a user's two-step sign-in (they enrol again)", roles, status: 204 },
  ],
};

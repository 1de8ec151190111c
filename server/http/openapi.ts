// The OpenAPI description, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import { agencyInput, agencyPatch, loginInput, meetingInput, meetingPatch, panelInput, personInput, personPatch, userInput, userPatch } from '../../shared/domain/schemas.js';

type Op = { summary: string; body?: z.ZodType; roles?: string; query?: string[] };
const routes: Record<string, Record<string, Op>> = {
  '/health': { get: { summary: 'Service health with the store kind and state (503 when the store is down)' } },
  '/ping': { get: { summary: 'Liveness' } },
  '/api/auth/login': { post: { summary: 'Sign in; sets the session cookie', body: loginInput } },
  '/api/auth/logout': { post: { summary: 'Sign out' } },
  '/api/me': { get: { summary: 'The signed-in user' } },
  '/api/agencies': { get: { summary: 'List agencies', query: ['offset', 'limit'] }, post: { summary: 'Create an agency', body: agencyInput, roles: 'admin' } },
  '/api/agencies/{id}': { get: { summary: 'One agency' }, patch: { summary: 'Change an agency', body: agencyPatch, roles: 'admin' } },
  '/api/panels': { get: { summary: 'List panels' }, post: { summary: 'Create a panel', body: panelInput, roles: 'admin' } },
  '/api/users': { get: { summary: 'List users', query: ['agencyId', 'role', 'offset', 'limit'] }, post: { summary: 'Create a user', body: userInput, roles: 'admin' } },
  '/api/users/{id}': { get: { summary: 'One user' }, patch: { summary: 'Change a user', body: userPatch, roles: 'admin' } },
  '/api/people': {
    get: { summary: 'List people (cases)', query: ['releaseFrom', 'releaseTo', 'custodyStatus', 'q', 'offset', 'limit'] },
    post: { summary: 'Create a person', body: personInput, roles: 'admin, chair, member, minute-taker' },
  },
  '/api/people/{id}': { get: { summary: 'One person (audited)' }, patch: { summary: 'Change a person', body: personPatch } },
  '/api/meetings': {
    get: { summary: 'Meetings the user is invited to', query: ['status', 'panelId', 'from', 'to', 'offset', 'limit'] },
    post: { summary: 'Schedule a meeting', body: meetingInput, roles: 'admin, chair' },
  },
  '/api/meetings/{id}': { get: { summary: 'One meeting with the names of its live documents' }, patch: { summary: 'Change a meeting (chair)', body: meetingPatch } },
  '/api/meetings/{id}/start': { post: { summary: 'Start the meeting (chair)' } },
  '/api/audit': { get: { summary: 'Search the audit log', roles: 'admin', query: ['userId', 'action', 'targetId', 'from', 'to', 'offset', 'limit'] } },
};

const extraRoutes: typeof routes = {};
/** Other modules (live, close) add their routes' descriptions here. */
export function describeRoute(path: string, method: string, op: Op): void {
  (extraRoutes[path] ??= {})[method] = op;
}

export function openApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const [path, methods] of Object.entries({ ...routes, ...extraRoutes })) {
    paths[path] = Object.fromEntries(
      Object.entries(methods).map(([method, op]) => [
        method,
        {
          summary: op.summary,
          ...(op.roles ? { description: `Roles: ${op.roles}` } : {}),
          ...(op.query ? { parameters: op.query.map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })) } : {}),
          ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
          responses: {
            '200': { description: 'OK' },
            '400': { description: 'Invalid input; the body names the field' },
            '401': { description: 'Not signed in' },
            '403': { description: 'Not allowed for this role or meeting' },
            '404': { description: 'Unknown id' },
          },
        },
      ]),
    );
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Roundtable API', version: '0.1.0', description: 'JSON over HTTPS; session cookie from /api/auth/login.' },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'roundtable.sid' } } },
    security: [{ session: [] }],
    paths,
  };
}

// The OpenAPI description, generated from the same zod schemas that validate requests: one module per API area
// under ./openapi/; describeRoute() calls in route files are merged in for operations no module describes. The modules
// are loaded when the description is first asked for: a server at rest does not hold them (megabytes of schemas).
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session.js';
import type { JsonSchema } from './openapi/build.js';
import type { Method, Operation } from './openapi/operation.js';

/** The older, looser description a route file may still give of itself. */
type Op = { summary: string; body?: z.ZodType; roles?: string; query?: string[] };

const describedByRoutes: Record<string, Record<string, Op>> = {};
/** Fallback for routes no module in ./openapi/ describes yet; a module's description wins. */
export function describeRoute(path: string, method: string, op: Op): void {
  (describedByRoutes[path] ??= {})[method] = op;
}

/** Every operation the modules describe, with its area's tag. */
export async function documentedOperations(): Promise<(Operation & { tag: string })[]> {
  const { apiAreas } = await import('./openapi/index.js');
  return apiAreas.flatMap((area) => area.operations.map((op) => ({ ...op, tag: area.tag })));
}

function fromDescribeRoute(path: string, method: string, op: Op): Operation {
  return {
    method: method as Method,
    path,
    summary: op.summary,
    roles: op.roles,
    body: op.body,
    query: op.query ? z.object(Object.fromEntries(op.query.map((name) => [name, z.string().optional()]))) : undefined,
    response: z.object({}).catchall(z.unknown()),
  };
}

export async function openApiDocument() {
  const [{ pathItemOperation, SchemaCollector }, { apiAreas }] = await Promise.all([import('./openapi/build.js'), import('./openapi/index.js')]);
  const collector = new SchemaCollector();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of await documentedOperations()) (paths[op.path] ??= {})[op.method] = pathItemOperation(op, op.tag, collector);
  for (const [path, methods] of Object.entries(describedByRoutes)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!paths[path]?.[method]) (paths[path] ??= {})[method] = pathItemOperation(fromDescribeRoute(path, method, op), 'undocumented', collector);
    }
  }
  const tags = apiAreas.map(({ tag, description }) => ({ name: tag, description }));
  if (Object.values(paths).some((item) => Object.values(item).some((op) => (op as { tags: string[] }).tags[0] === 'undocumented'))) {
    tags.push({ name: 'undocumented', description: 'Described by their route files only, loosely' });
  }
  const schemas: Record<string, JsonSchema> = Object.fromEntries(Object.entries(collector.schemas).sort(([a], [b]) => a.localeCompare(b)));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Roundtable API',
      version: '0.1.0',
      description: 'JSON over HTTPS; session cookie from POST /api/auth/login. State-changing requests must come from the app\'s own Origin.',
    },
    servers: [{ url: '/', description: 'The Roundtable server itself' }],
    tags,
    security: [{ session: [] }],
    paths,
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } }, schemas },
  };
}

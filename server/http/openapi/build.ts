// Turns the operations of server/http/openapi/* into OpenAPI path items, with zod schemas converted by z.toJSONSchema.
import { z } from 'zod';
import type { ErrorStatus, Operation } from './operation.js';
import { errorBody } from './records.js';

export type JsonSchema = Record<string, unknown>;

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: 'Invalid input: the answer names each field and what is wrong with it',
  401: 'Not signed in (or the sign-in step was not started)',
  403: 'Not allowed for this role, meeting or case; or a state-changing request from a foreign Origin',
  404: 'No such record, or not one this user may know of',
  409: 'Conflicts with the current state (e.g. the meeting is closed, or the name is taken)',
  413: 'The request body is larger than 100 kB',
  429: 'Too many attempts: wait and try again (see Retry-After)',
  503: 'Service unavailable',
};

/**
 * Collects the named schemas (components, ids from zod's global registry) that converted schemas refer to. Schemas are converted with
 * io 'input' so that response objects stay open (no additionalProperties: false) for fields added later.
 */
export class SchemaCollector {
  readonly schemas: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType): JsonSchema {
    // Wrapped in an array so that a schema that is itself a component comes back as a $ref too.
    const { $defs, items } = z.toJSONSchema(z.array(schema), { io: 'input', unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
      items: JsonSchema;
    };
    for (const [id, def] of Object.entries($defs ?? {})) this.schemas[id] = toComponentRefs(def);
    return toComponentRefs(items);
  }
}

function toComponentRefs(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}

/** get /api/meetings/{id}/minutes → getMeetingsByIdMinutes */
export function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      return param ? ['by', param[1]] : segment.split(/[^A-Za-z0-9]+/);
    });
  return method + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

export function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

function queryParameters(query: z.ZodObject, collector: SchemaCollector) {
  return Object.entries(query.shape).map(([name, field]) => {
    const { description, ...schema } = collector.convert(field as z.ZodType);
    const required = !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: 'query', required, ...(typeof description === 'string' ? { description } : {}), schema };
  });
}

/** Refusals every operation of this kind can meet, besides those its route answers itself. */
export function errorStatuses(op: Operation): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(op.errors ?? []);
  if (op.body) [400, 413].forEach((s) => statuses.add(s as ErrorStatus));
  if (op.query && !op.public) statuses.add(400);
  if (!op.public) statuses.add(401);
  // Roles are checked by the route; every state-changing request from a foreign Origin is refused.
  if (op.roles || op.method !== 'get') statuses.add(403);
  return [...statuses].sort((a, b) => a - b);
}

function successResponse(op: Operation, collector: SchemaCollector) {
  if (op.status === 204) return { description: 'Done; no content' };
  if (op.status === 303) return { description: 'Redirect', headers: { Location: { description: 'Where to go next', schema: { type: 'string' } } } };
  const content: Record<string, { schema: JsonSchema }> = {};
  if (op.response) content['application/json'] = { schema: collector.convert(op.response) };
  for (const type of op.files ?? []) content[type] = { schema: type.startsWith('text/html') ? { type: 'string' } : { type: 'string', format: 'binary' } };
  return { description: op.status === 201 ? 'Created' : 'OK', content };
}

export function pathItemOperation(op: Operation, tag: string, collector: SchemaCollector) {
  const parameters = [...pathParameters(op.path), ...(op.query ? queryParameters(op.query, collector) : [])];
  const responses: Record<string, unknown> = { [String(op.status ?? 200)]: successResponse(op, collector) };
  for (const alt of op.alternates ?? []) responses[String(alt.status)] = { description: alt.description, content: { 'application/json': { schema: collector.convert(alt.response) } } };
  for (const status of errorStatuses(op)) {
    responses[String(status)] = { description: ERROR_TEXT[status], content: { 'application/json': { schema: collector.convert(errorBody) } } };
  }
  return {
    operationId: operationId(op.method, op.path),
    summary: op.summary,
    tags: [tag],
    ...(op.roles ? { description: `Roles: ${op.roles}` } : {}),
    ...(op.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: collector.convert(op.body) } } } } : {}),
    responses,
  };
}

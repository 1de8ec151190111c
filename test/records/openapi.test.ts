// GET /api/openapi.json describes every route the app registers (path parameters, a success answer with a schema,
// error responses), passes the OpenAPI linter, and real answers match the response schemas it documents.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { documentedOperations } from '../../server/http/openapi.js';
import { errorBody } from '../../server/http/openapi/records.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { registeredRoutes, type RegisteredRoute } from '../support/routes.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

// The app startServer builds, kept so its router stack can be walked.
const apps = vi.hoisted(() => [] as Express[]);
vi.mock('../../server/http/app.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../server/http/app.js')>();
  return {
    ...original,
    createApp: (deps: Parameters<typeof original.createApp>[0]) => {
      const app = original.createApp(deps);
      apps.push(app);
      return app;
    },
  };
});

interface DocOperation {
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }>; headers?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, DocOperation>>;
}

const ERROR_REF = '#/components/schemas/Error';
/** Public reads that refuse nothing, and the single sign-on redirects: no 4xx of their own. */
const NO_REFUSALS = new Set(['get /health', 'get /ping', 'get /api/openapi.json', 'get /api/auth/providers', 'get /api/auth/oidc/{id}/start', 'get /api/auth/oidc/callback']);

let server: TestServer;
let doc: OpenApiDocument;
let routes: RegisteredRoute[];
beforeAll(async () => {
  server = await startTestServer();
  doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as OpenApiDocument;
  routes = registeredRoutes(apps[apps.length - 1]).filter((r) => r.path.startsWith('/api/') || r.path === '/health' || r.path === '/ping');
});
afterAll(() => server?.stop());

const key = (r: RegisteredRoute) => `${r.method} ${r.path}`;

/** What is wrong with one documented operation, as sentences. */
function problemsOf(route: RegisteredRoute, op: DocOperation): string[] {
  const problems: string[] = [];
  const expected = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
  const declared = (op.parameters ?? []).filter((p) => p.in === 'path' && p.required).map((p) => p.name).sort();
  if (expected.join() !== declared.join()) problems.push(`path parameters ${declared.join(',') || 'none'}, expected ${expected.join(',')}`);
  const statuses = Object.keys(op.responses);
  const success = statuses.filter((s) => /^2\d\d$/.test(s));
  const described = success.some((s) => {
    if (s === '204') return true;
    return Object.values(op.responses[s].content ?? {}).some((media) => Boolean(media.schema));
  });
  const redirect = statuses.includes('303') && Boolean(op.responses['303'].headers?.Location);
  if (!described && !redirect) problems.push('no 2xx answer with a schema or content type (nor a 303 redirect)');
  const refusals = statuses.filter((s) => /^4\d\d$/.test(s));
  if (!NO_REFUSALS.has(key(route)) && refusals.length === 0) problems.push('no error responses');
  for (const s of refusals) if (op.responses[s].content?.['application/json']?.schema?.$ref !== ERROR_REF) problems.push(`${s} without the Error schema`);
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  if (!isPublic && !statuses.includes('401')) problems.push('needs a session but has no 401');
  if (op.requestBody && !(statuses.includes('400') && statuses.includes('413'))) problems.push('has a body but no 400 and 413');
  if (route.method !== 'get' && !statuses.includes('403')) problems.push('changes state but has no 403 (foreign Origin)');
  return problems.map((p) => `${key(route)}: ${p}`);
}

describe('the OpenAPI document', () => {
  it('describes every registered route in server/http/openapi/, and no route that does not exist', () => {
    expect(routes.length).toBeGreaterThan(50);
    const undocumented = routes.filter((r) => {
      const op = doc.paths[r.path]?.[r.method];
      return !op || op.tags?.includes('undocumented');
    });
    expect(undocumented.map(key), 'routes to describe in a module of server/http/openapi/').toEqual([]);
    const registered = new Set(routes.map(key));
    const stale = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`)).filter((k) => !registered.has(k));
    expect(stale, 'documented operations with no route').toEqual([]);
  });

  it('gives each operation its path parameters, a success answer with a schema and its error responses', () => {
    const problems = routes.flatMap((r) => (doc.paths[r.path]?.[r.method] ? problemsOf(r, doc.paths[r.path][r.method]) : []));
    expect(problems).toEqual([]);
  });

  it('passes the OpenAPI linter (redocly lint, recommended rules)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtable-openapi-'));
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(doc));
    const cli = path.resolve('node_modules/@redocly/cli/bin/cli.js');
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [cli, 'lint', '--config', 'redocly.yaml', '--format', 'codeframe', file], { env }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    await rm(dir, { recursive: true, force: true });
    expect(result.code, result.output).toBe(0);
  });
});

describe('real answers match the documented schemas', () => {
  let admin: ApiClient;
  let operations: Awaited<ReturnType<typeof documentedOperations>>;
  beforeAll(async () => {
    admin = await loginAs(server.url, 'admin', PASSWORD);
    operations = await documentedOperations();
  });

  /** The documented JSON schema of the operation a concrete GET path belongs to. */
  function responseSchema(concrete: string): z.ZodType {
    const bare = concrete.split('?')[0];
    const op = operations.find((o) => o.method === 'get' && new RegExp(`^${o.path.replace(/\{\w+\}/g, '[^/]+').replace(/\./g, '\\.')}$`).test(bare));
    if (!op?.response) throw new Error(`no documented JSON answer for GET ${bare}`);
    return op.response;
  }

  it('for the reads of every area, as an administrator', async () => {
    const meetingId = server.demo.meeting._id;
    const adminId = server.demo.users.admin._id;
    const people = await admin.get('/api/people');
    const paths = [
      '/health',
      '/ping',
      '/api/me',
      '/api/session',
      '/api/me/mfa',
      '/api/auth/providers',
      '/api/agencies',
      '/api/panels',
      '/api/users',
      `/api/users/${adminId}`,
      `/api/users/${adminId}/sessions`,
      '/api/people',
      `/api/people/${people.body.items[0]._id}`,
      `/api/people/${people.body.items[0]._id}/viewers`,
      '/api/meetings',
      `/api/meetings/${meetingId}`,
      `/api/meetings/${meetingId}/close-review`,
      '/api/actions',
      '/api/audit?limit=20',
      '/api/identity-providers',
      '/api/sharing-bases',
      '/api/live/metrics',
    ];
    const mismatches: string[] = [];
    for (const p of paths) {
      const res = await admin.get(p);
      const parsed = responseSchema(p).safeParse(res.body);
      if (res.status !== 200 || !parsed.success) mismatches.push(`GET ${p} ${res.status}: ${parsed.success ? JSON.stringify(res.body) : parsed.error.message}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('for refusals', async () => {
    const res = await admin.get('/api/meetings/no-such-meeting');
    expect(res.status).toBe(404);
    expect(errorBody.safeParse(res.body).success).toBe(true);
    const invalid = await admin.post('/api/agencies', { name: '' });
    expect(invalid.status).toBe(400);
    expect(errorBody.parse(invalid.body).fields?.length).toBeGreaterThan(0);
  });
});

// The directory routes with stubbed services: who may read and change agencies, and what bad input gets back.
import { afterEach, describe, expect, it } from 'vitest';
import { directoryRoutes } from '../../server/http/routes/directory.js';
import { NotFound } from '../../server/errors.js';
import { routeApp, user, type RouteApp } from '../support/routeApp.js';

const admin = user({ _id: 'admin-1', username: 'admin', role: 'admin' });
const member = user();

function agencies() {
  const created: unknown[] = [];
  return {
    created,
    agencies: {
      list: async () => ({ items: [{ _id: 'a1', name: 'Probation Service' }], total: 1 }),
      get: async (id: string) => {
        if (id !== 'a1') throw new NotFound('Agency');
        return { _id: 'a1', name: 'Probation Service' };
      },
      create: async (input: Record<string, unknown>) => {
        created.push(input);
        return { _id: 'a2', ...input };
      },
    },
  };
}

describe('directory routes', () => {
  let app: RouteApp;
  afterEach(() => app.close());

  it('answers 401 to nobody and records the refusal', async () => {
    app = await routeApp(directoryRoutes, agencies(), null);
    const res = await app.request('GET', '/api/agencies');
    expect(res.status).toBe(401);
    expect(app.audit).toEqual([expect.objectContaining({ userId: null, action: 'access.refused', details: expect.objectContaining({ status: 401 }) })]);
  });

  it('lets a member read agencies, and maps a missing one to 404 without details', async () => {
    app = await routeApp(directoryRoutes, agencies(), member);
    expect((await app.request('GET', '/api/agencies')).body.items).toHaveLength(1);
    const missing = await app.request('GET', '/api/agencies/nope');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toMatch(/stack|nope/);
  });

  it('refuses a member creating an agency: 403, nothing created, the refusal audited', async () => {
    const stubs = agencies();
    app = await routeApp(directoryRoutes, stubs, member);
    const res = await app.request('POST', '/api/agencies', { name: 'Housing', contactEmail: 'housing@example.org' });
    expect(res.status).toBe(403);
    expect(stubs.created).toEqual([]);
    expect(app.audit.map((a) => a.action)).toEqual(['access.refused']);
  });

  it('answers bad input from an administrator with the field and the reason, creating nothing', async () => {
    const stubs = agencies();
    app = await routeApp(directoryRoutes, stubs, admin);
    const res = await app.request('POST', '/api/agencies', { name: 'Housing', contactEmail: 'not-an-address', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/contactEmail/);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['contactEmail']));
    expect(stubs.created).toEqual([]);
  });

  it('creates an agency for an administrator: 201 and one audit entry', async () => {
    const stubs = agencies();
    app = await routeApp(directoryRoutes, stubs, admin);
    const res = await app.request('POST', '/api/agencies', { name: 'Housing', contactEmail: 'housing@example.org' });
    expect(res.status).toBe(201);
    expect(stubs.created).toEqual([{ name: 'Housing', contactEmail: 'housing@example.org' }]);
    expect(app.audit).toEqual([expect.objectContaining({ userId: 'admin-1', action: 'agency.create', targetId: 'a2' })]);
  });
});

// The people routes with stubbed services: validation before the service is called, the audit of each read and
// change, a search audited by its filters and never by the text typed.
import { afterEach, describe, expect, it } from 'vitest';
import { peopleRoutes } from '../../server/http/routes/people.js';
import { Forbidden } from '../../server/errors.js';
import { routeApp, user, type RouteApp } from '../support/routeApp.js';

const member = user();

function people() {
  const calls: { method: string; args: unknown[] }[] = [];
  return {
    calls,
    stubs: {
      people: {
        listFor: async (...args: unknown[]) => (calls.push({ method: 'listFor', args }), { items: [], total: 0 }),
        viewFor: async (_user: unknown, id: string) => {
          if (id === 'secret') throw new Forbidden();
          return { _id: id, name: 'A Person', canEdit: false, canEditProtected: false };
        },
        updateFor: async (...args: unknown[]) => (calls.push({ method: 'updateFor', args }), { person: { _id: args[1] } }),
      },
    },
  };
}

describe('people routes', () => {
  let app: RouteApp;
  afterEach(() => app.close());

  async function start() {
    const p = people();
    app = await routeApp(peopleRoutes, { people: p.stubs.people }, member);
    return p;
  }

  it('refuses an unknown custody status and a malformed date before asking the service', async () => {
    const p = await start();
    const res = await app.request('GET', '/api/people?custodyStatus=on-holiday&releaseFrom=next-friday');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/custodyStatus/);
    expect(p.calls).toEqual([]);
  });

  it('hands a search to the service and audits which filters were used, never the text typed', async () => {
    const p = await start();
    const res = await app.request('GET', '/api/people?q=Jordan%20Smith&custodyStatus=recalled');
    expect(res.status).toBe(200);
    expect(p.calls[0].method).toBe('listFor');
    expect(p.calls[0].args.slice(0, 2)).toEqual([member, expect.objectContaining({ custodyStatus: 'recalled' })]);
    expect(app.audit).toContainEqual(expect.objectContaining({ action: 'person.search' }));
    expect(JSON.stringify(app.audit)).not.toContain('Jordan');
  });

  it('audits viewing a person, and answers a refusal with 403 and nothing of the person', async () => {
    await start();
    const seen = await app.request('GET', '/api/people/p1');
    expect(seen.status).toBe(200);
    expect(app.audit).toContainEqual(expect.objectContaining({ action: 'person.view', targetId: 'p1', userId: member._id }));
    const refused = await app.request('GET', '/api/people/secret');
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('A Person');
  });

  it('refuses MAPPA category 4 with a clear message and changes nothing', async () => {
    const p = await start();
    const res = await app.request('PATCH', '/api/people/p1', { mappaCategory: 4 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/MAPPA category must be 1, 2 or 3/);
    expect(p.calls).toEqual([]);
  });

  it('passes a valid change to the service and audits the names of the fields changed, not their values', async () => {
    const p = await start();
    const res = await app.request('PATCH', '/api/people/p1', { communicationNeeds: 'Prefers written information' });
    expect(res.status).toBe(200);
    expect(p.calls).toEqual([{ method: 'updateFor', args: [member, 'p1', { communicationNeeds: 'Prefers written information' }] }]);
    const entry = app.audit.find((a) => a.action === 'person.update');
    expect(entry?.details).toEqual({ fields: ['communicationNeeds'] });
    expect(JSON.stringify(app.audit)).not.toContain('Prefers written');
  });
});

// The chair decides who takes part in what: per-item agencies, guests for named items, restricted
// allow-lists and the requests for them. Each change is one audit entry; only the chair may make it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { auditCount, newUser } from './support.js';

let server: TestServer;
let chair: ApiClient;
let housing: ApiClient;
let police: ApiClient;
let meetingId: string;
let danielItem: { id: string; personId: string };
let agency: Record<'police' | 'housing' | 'probation', string>;

beforeAll(async () => {
  server = await startTestServer();
  chair = await loginAs(server.url, 'chair', PASSWORD);
  housing = await loginAs(server.url, 'housing', PASSWORD);
  police = await loginAs(server.url, 'police', PASSWORD);
  meetingId = server.demo.meeting._id;
  const item = server.demo.meeting.agenda.find((i) => i.title.startsWith('Daniel'))!;
  danielItem = { id: item.id, personId: item.personId! };
  const { users } = server.demo;
  agency = { police: users.police.agencyId, housing: users.housing.agencyId, probation: users.probation.agencyId };
});
afterAll(() => server?.stop());

describe('per-item agencies', () => {
  it('takes housing out of one item: its agenda shows a neutral title without the person, and only the chair may decide', async () => {
    expect((await housing.put(`/api/meetings/${meetingId}/items/${danielItem.id}/agencies`, { agencyIds: [agency.housing] })).status).toBe(403);
    const before = await auditCount(server, 'access.item-agencies');
    const set = await chair.put(`/api/meetings/${meetingId}/items/${danielItem.id}/agencies`, { agencyIds: [agency.probation, agency.police] });
    expect(set.status).toBe(200);
    expect(await auditCount(server, 'access.item-agencies')).toBe(before + 1);

    const seen = (await housing.get(`/api/meetings/${meetingId}`)).body;
    const item = seen.agenda.find((i: { id: string }) => i.id === danielItem.id);
    expect(item).toMatchObject({ title: 'Case 1', takesPart: false });
    expect(item.personId).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain('Daniel');
    expect(seen.liveDocuments.map((d: { name: string }) => d.name).join()).not.toContain(danielItem.personId);
    expect(seen.itemAccess).toBeUndefined();
    // Positive control: police still sees the item, its title and its documents.
    const policeView = (await police.get(`/api/meetings/${meetingId}`)).body;
    expect(policeView.agenda.find((i: { id: string }) => i.id === danielItem.id)).toMatchObject({ title: danielItem && expect.stringContaining('Daniel'), takesPart: true });
    expect(policeView.liveDocuments.map((d: { name: string }) => d.name).join()).toContain(danielItem.personId);

    expect((await chair.put(`/api/meetings/${meetingId}/items/${danielItem.id}/agencies`, { agencyIds: null })).status).toBe(200);
    expect((await housing.get(`/api/meetings/${meetingId}`)).body.agenda.find((i: { id: string }) => i.id === danielItem.id).takesPart).toBe(true);
  });

  it('answers bad input with a clear message', async () => {
    const unknownAgency = await chair.put(`/api/meetings/${meetingId}/items/${danielItem.id}/agencies`, { agencyIds: ['no-such-agency'] });
    expect(unknownAgency.status).toBe(400);
    expect(unknownAgency.body.error).toContain('agencyIds');
    expect((await chair.put(`/api/meetings/${meetingId}/items/no-such-item/agencies`, { agencyIds: [] })).status).toBe(404);
    expect((await chair.put(`/api/meetings/${meetingId}/items/${danielItem.id}/agencies`, { agencies: [] })).status).toBe(400);
  });
});

describe('guests', () => {
  it('invites a guest for one case item: they see that item only, and nothing of the others', async () => {
    const guest = await newUser(server, 'gp-daniel', 'guest', agency.probation);
    expect((await guest.get(`/api/meetings/${meetingId}`)).status).toBe(403);
    const invite = await chair.post(`/api/meetings/${meetingId}/guests`, { userId: guest.id, itemIds: [danielItem.id] });
    expect(invite.status).toBe(201);
    const seen = (await guest.get(`/api/meetings/${meetingId}`)).body;
    expect(seen.agenda.map((i: { id: string }) => i.id)).toEqual([danielItem.id]);
    expect(seen.attendeeIds).toEqual([]);
    expect(seen.guests).toBeUndefined();
    // The meeting has not started, so the guest's case is not open yet.
    expect(seen.liveDocuments).toEqual([]);
    for (const other of server.demo.meeting.agenda.filter((i) => i.id !== danielItem.id)) expect(JSON.stringify(seen)).not.toContain(other.title);
    expect((await guest.get('/api/people')).status).toBe(403);
    expect((await guest.get('/api/actions')).status).toBe(403);

    expect((await chair.post(`/api/meetings/${meetingId}/guests`, { userId: server.demo.users.police._id, itemIds: [danielItem.id] })).status).toBe(400);
    const removed = await chair.delete(`/api/meetings/${meetingId}/guests/${guest.id}`);
    expect(removed.status).toBe(200);
    expect((await guest.get(`/api/meetings/${meetingId}`)).status).toBe(403);
  });
});

describe('restricted allow-lists', () => {
  it('lets the chair’s agency in by default, shows others who holds the section, and lets the chair grant a request', async () => {
    const path = `/api/meetings/${meetingId}/restricted/${danielItem.personId}`;
    const status = (await police.get(path)).body;
    expect(status).toMatchObject({ allowed: false, requested: false });
    expect(status.holders.map((h: { name: string }) => h.name)).toEqual(['Probation Service']);

    const asked = await police.post(`${path}/requests`);
    expect(asked.status).toBe(201);
    expect((await police.get(path)).body.requested).toBe(true);
    expect((await police.get(`/api/meetings/${meetingId}/access-requests`)).status).toBe(403);
    const pending = (await chair.get(`/api/meetings/${meetingId}/access-requests`)).body.items;
    expect(pending).toHaveLength(1);
    const granted = await auditCount(server, 'access.request-granted');
    expect((await chair.post(`/api/meetings/${meetingId}/access-requests/${pending[0]._id}`, { decision: 'grant' })).status).toBe(200);
    expect(await auditCount(server, 'access.request-granted')).toBe(granted + 1);
    expect((await police.get(path)).body.allowed).toBe(true);
    expect((await police.get(`/api/meetings/${meetingId}`)).body.liveDocuments.map((d: { name: string }) => d.name)).toContain(`restricted.${meetingId}.${danielItem.personId}`);
    expect((await chair.post(`/api/meetings/${meetingId}/access-requests/${pending[0]._id}`, { decision: 'refuse' })).status).toBe(409);
  });

  it('lets only the chair set the allow-list; removing an agency is audited as a revocation', async () => {
    const path = `/api/meetings/${meetingId}/restricted/${danielItem.personId}`;
    expect((await housing.put(path, { agencyIds: [agency.housing] })).status).toBe(403);
    const before = await auditCount(server, 'access.restricted');
    expect((await chair.put(path, { agencyIds: [] })).status).toBe(200);
    expect(await auditCount(server, 'access.restricted')).toBe(before + 1);
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const entry = (await admin.get('/api/audit?action=access.restricted&limit=1')).body.items[0];
    expect(entry.details.revoked).toContain(agency.police);
    expect((await police.get(path)).body.allowed).toBe(false);
  });
});

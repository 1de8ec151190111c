// Need-to-know person records over REST: who sees a person, who changes which fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { auditCount, newUser } from './support.js';

let server: TestServer;
let probation: ApiClient;
let daniel: { _id: string; name: string; releaseDate: string };

beforeAll(async () => {
  server = await startTestServer();
  probation = await loginAs(server.url, 'probation', PASSWORD);
  const list = await probation.get('/api/people?q=Daniel');
  expect(list.status).toBe(200);
  daniel = list.body.items[0];
  expect(daniel?.name).toBe('Daniel Hughes');
});
afterAll(() => server?.stop());

describe('who sees a person', () => {
  it('hides people from a member whose agency is not on the case team and who takes part in no meeting about them', async () => {
    const dwpAgency = (await probation.get('/api/agencies?limit=50')).body.items.find((a: { name: string }) => a.name.startsWith('DWP'))._id;
    const outsider = await newUser(server, 'dwp-outsider', 'member', dwpAgency);
    const list = await outsider.get('/api/people?limit=200');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(0);
    expect(JSON.stringify(list.body)).not.toContain('Daniel');
    const one = await outsider.get(`/api/people/${daniel._id}`);
    expect(one.status).toBe(403);
    expect(JSON.stringify(one.body)).not.toContain('Daniel');
    // Positive control: the case team's member sees the same record.
    expect((await probation.get(`/api/people/${daniel._id}`)).body.name).toBe('Daniel Hughes');
  });

  it('shows a person to someone taking part in a meeting about them, and to nobody else of their agency', async () => {
    const prisonAgency = (await probation.get('/api/agencies?limit=50')).body.items.find((a: { name: string }) => a.name === 'HMP Northgate')._id;
    const pom = await newUser(server, 'pom', 'member', prisonAgency);
    const colleague = await newUser(server, 'pom-colleague', 'member', prisonAgency);
    expect((await pom.get(`/api/people/${daniel._id}`)).status).toBe(403);
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    const meeting = server.demo.meeting;
    const patched = await chair.patch(`/api/meetings/${meeting._id}`, { attendeeIds: [...meeting.attendeeIds, pom.id] });
    expect(patched.status).toBe(200);
    expect((await pom.get(`/api/people/${daniel._id}`)).status).toBe(200);
    expect((await pom.get('/api/people?limit=200')).body.items.map((p: { name: string }) => p.name)).toContain('Daniel Hughes');
    expect((await colleague.get(`/api/people/${daniel._id}`)).status).toBe(403);
  });

  it('keeps guests out of the people list', async () => {
    const guest = await newUser(server, 'gp-guest', 'guest', server.demo.users.probation.agencyId);
    expect((await guest.get('/api/people')).status).toBe(403);
  });
});

describe('who changes a person', () => {
  it('lets housing on the case team record the person’s views but not move the release date or MAPPA level', async () => {
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    const views = await housing.patch(`/api/people/${daniel._id}`, { ownViews: 'Would accept a hostel place for the first month.' });
    expect(views.status).toBe(200);
    const release = await housing.patch(`/api/people/${daniel._id}`, { releaseDate: '2027-01-05' });
    expect(release.status).toBe(403);
    expect(release.body.error).toContain('releaseDate');
    const recorded = await housing.post(`/api/people/${daniel._id}/release-changes`, { releaseDate: '2027-01-05', type: 'other', reason: 'Told by phone.', source: 'Prison OMU' });
    expect(recorded.status).toBe(403);
    expect((await housing.patch(`/api/people/${daniel._id}`, { mappaLevel: 3 })).status).toBe(403);
    expect((await probation.get(`/api/people/${daniel._id}`)).body.releaseDate).toBe(daniel.releaseDate);
  });

  it('lets the lead agency and the panel chair move the release date', async () => {
    const why = { type: 'release-date-confirmed', reason: 'Confirmed by the prison.', source: 'Prison OMU' };
    expect((await probation.post(`/api/people/${daniel._id}/release-changes`, { ...why, releaseDate: '2027-01-06' })).status).toBe(201);
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    expect((await chair.post(`/api/people/${daniel._id}/release-changes`, { ...why, releaseDate: daniel.releaseDate })).status).toBe(201);
  });

  it('refuses MAPPA category 4 with a clear message', async () => {
    const res = await probation.patch(`/api/people/${daniel._id}`, { mappaCategory: 4 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('MAPPA category must be 1, 2 or 3');
  });
});

describe('who has looked', () => {
  it('audits each view and search once and lists the viewers on the person', async () => {
    const police = await loginAs(server.url, 'police', PASSWORD);
    const views = await auditCount(server, 'person.view');
    const searches = await auditCount(server, 'person.search');
    expect((await police.get(`/api/people/${daniel._id}`)).status).toBe(200);
    expect(await auditCount(server, 'person.view')).toBe(views + 1);
    expect((await police.get('/api/people?q=Hughes')).status).toBe(200);
    expect(await auditCount(server, 'person.search')).toBe(searches + 1);
    const viewers = await probation.get(`/api/people/${daniel._id}/viewers`);
    expect(viewers.status).toBe(200);
    expect(viewers.body.items.map((v: { userId: string }) => v.userId)).toContain(server.demo.users.police._id);
  });
});

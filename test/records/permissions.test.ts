import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const newAgency = { name: 'Adult Social Care', contactEmail: 'asc@example.gov.uk' };

describe('roles on every route', () => {
  it('refuses a member creating agencies or users (403) and lets an admin (201)', async () => {
    const member = await loginAs(server.url, 'police', PASSWORD);
    expect((await member.post('/api/agencies', newAgency)).status).toBe(403);
    const agencyId = server.demo.users.police.agencyId;
    const user = { username: 'newuser', displayName: 'New User', agencyId, role: 'member', password: 'a-long-password' };
    expect((await member.post('/api/users', user)).status).toBe(403);

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const agency = await admin.post('/api/agencies', newAgency);
    expect(agency.status).toBe(201);
    const created = await admin.post('/api/users', { ...user, agencyId: agency.body._id });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    expect(created.body).not.toHaveProperty('password');
    const newcomer = await loginAs(server.url, 'newuser', 'a-long-password');
    expect((await newcomer.get('/api/me')).body.user.agencyId).toBe(agency.body._id);
  });

  it('lets no observer create people and no member schedule meetings', async () => {
    const observer = await loginAs(server.url, 'observer', PASSWORD);
    const person = { name: 'Test Person', caseReference: 'T000001', custodyStatus: 'in-custody' };
    expect((await observer.post('/api/people', person)).status).toBe(403);
    const member = await loginAs(server.url, 'housing', PASSWORD);
    const meeting = { panelId: server.demo.meeting.panelId, title: 'x', type: 'IOM', startsAt: '2026-12-01T10:00:00Z', chairId: server.demo.users.housing._id };
    expect((await member.post('/api/meetings', meeting)).status).toBe(403);
  });

  it('shows a meeting only to its invitees', async () => {
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    const created = await chair.post('/api/meetings', {
      panelId: server.demo.meeting.panelId,
      title: 'MAPPA level 2: one case',
      type: 'MAPPA',
      startsAt: '2026-12-02T14:00:00Z',
      chairId: server.demo.users.chair._id,
      attendeeIds: [server.demo.users.probation._id],
    });
    expect(created.status).toBe(201);
    const police = await loginAs(server.url, 'police', PASSWORD);
    expect((await police.get(`/api/meetings/${created.body._id}`)).status).toBe(403);
    const list = await police.get('/api/meetings');
    expect(list.body.items.map((m: { _id: string }) => m._id)).not.toContain(created.body._id);
    const probation = await loginAs(server.url, 'probation', PASSWORD);
    expect((await probation.get(`/api/meetings/${created.body._id}`)).status).toBe(200);
  });
});

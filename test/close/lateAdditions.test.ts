// Late additions to a closed meeting on a real server: who may send one (an attendee who takes part in the
// case; another agency's attendee is refused, with a positive control), who may accept or decline it (the
// chair), and what acceptance does: an amendment beside the frozen record, in the minutes, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

describe('late additions (real server)', () => {
  let server: TestServer;
  let meetingId: string;
  let marcus: string;
  let chair: ApiClient;
  let police: ApiClient;
  let housing: ApiClient;
  let observer: ApiClient;
  const path = () => `/api/meetings/${meetingId}/late-additions`;
  const addition = (text: string) => ({ personId: marcus, items: [{ label: 'Who is at risk', text }] });

  beforeAll(async () => {
    server = await startTestServer();
    meetingId = server.demo.meeting._id;
    marcus = server.demo.meeting.agenda.find((item) => item.title.startsWith('Marcus'))!.personId!;
    const marcusItem = server.demo.meeting.agenda.find((item) => item.personId === marcus)!.id;
    // Marcus's item is open to probation and the police only: housing attends the meeting but not this case.
    const { police: policeUser, probation } = server.demo.users;
    await server.store
      .collection('meetings')
      .updateOne({ _id: meetingId }, { $set: { itemAccess: { [marcusItem]: { agencyIds: [policeUser!.agencyId, probation!.agencyId] } } } });
    chair = await loginAs(server.url, 'chair', PASSWORD);
    police = await loginAs(server.url, 'police', PASSWORD);
    housing = await loginAs(server.url, 'housing', PASSWORD);
    observer = await loginAs(server.url, 'observer', PASSWORD);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a late addition while the meeting is still open', async () => {
    const res = await police.post(path(), addition('too early'));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatch(/still open/);
  });

  it('lets an attendee of the case send one after the close, and refuses another agency, observers and bad input', async () => {
    expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);

    const refused = await housing.post(path(), addition('housing should not write here'));
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('Marcus');
    expect((await observer.post(path(), addition('observers only watch'))).status).toBe(403);

    const invalid = await police.post(path(), { personId: marcus, items: [], extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatch(/extra|at least one change/);

    // Positive control: the police take part in Marcus's case.
    const sent = await police.post(path(), addition('3 previous DV convictions'));
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ state: 'pending', personId: marcus, submittedByName: 'PC Dan Reeves' });

    // Housing sees none of it; the chair sees it; the sender sees their own.
    expect((await housing.get(path())).body.items).toEqual([]);
    expect((await police.get(path())).body.items).toHaveLength(1);
    expect((await chair.get(path())).body.items.map((a: { _id: string }) => a._id)).toEqual([sent.body._id]);
  });

  it('lets only the chair accept; the amendment reaches the record and the minutes, not the frozen hash; the audit names the chair', async () => {
    const [pending] = (await chair.get(path())).body.items;
    const decision = `${path()}/${pending._id}/decision`;
    expect((await police.post(decision, { decision: 'accept' })).status).toBe(403);
    expect((await chair.post(decision, { decision: 'maybe' })).status).toBe(400);
    const before = (await chair.get(`/api/meetings/${meetingId}/minutes`)).body;

    const accepted = await chair.post(decision, { decision: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', decidedByName: 'Sam Okafor (SPO, chair)' });
    expect((await chair.post(decision, { decision: 'decline' })).status).toBe(409);

    const minutes = (await chair.get(`/api/meetings/${meetingId}/minutes`)).body;
    expect(minutes.contentHash).toBe(before.contentHash);
    expect(minutes.record.amendments).toEqual([expect.objectContaining({ acceptedByName: 'Sam Okafor (SPO, chair)', items: [{ label: 'Who is at risk', text: '3 previous DV convictions' }] })]);
    const html = await (await chair.request('GET', `/api/meetings/${meetingId}/minutes?format=html`)).text();
    expect(html).toContain('Late amendment, accepted by Sam Okafor (SPO, chair) on');
    expect(html).toContain('3 previous DV convictions');
    // Housing does not take part in Marcus's case: its minutes carry no amendment about him.
    const housingMinutes = (await housing.get(`/api/meetings/${meetingId}/minutes`)).body;
    expect(housingMinutes.record.amendments ?? []).toEqual([]);

    const audit = await server.store.collection('audit').find({ action: 'late-addition.accept' });
    expect(audit).toEqual([expect.objectContaining({ userId: server.demo.users.chair!._id, details: expect.objectContaining({ lateAdditionId: pending._id }) })]);
  });

  it('records a declined late addition in the audit without touching the record', async () => {
    const sent = await police.post(path(), addition('a second thought'));
    const declined = await chair.post(`${path()}/${sent.body._id}/decision`, { decision: 'decline', reason: 'Already covered' });
    expect(declined.body).toMatchObject({ state: 'declined', reason: 'Already covered' });
    const minutes = (await chair.get(`/api/meetings/${meetingId}/minutes`)).body;
    expect(minutes.record.amendments).toHaveLength(1);
    const audit = await server.store.collection('audit').find({ action: 'late-addition.decline' });
    expect(audit.map((entry) => entry.userId)).toEqual([server.demo.users.chair!._id]);
  });
});

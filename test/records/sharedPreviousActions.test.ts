// Another panel's open actions about a person under that person's case (issue 11 §5: "the person's open actions from
// earlier meetings, those the viewer may see"), on a real server: they show in a meeting only under a recorded sharing
// basis from that panel to this one (the rule for carried assessments), and only to those who take part in the case
// here (and the chair); without the basis, or to an attendee kept out of the case, not a byte of them crosses the wire.
// Another panel's standing actions never show. The owning agency updates one in the room; its own panel decides what
// follows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../shared/logic/dueDates.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const SHARED = 'MAPPA: find a room away from the victim’s area';
const STANDING = 'MAPPA: review the panel’s terms of reference';

let server: TestServer;
let admin: ApiClient;
let chair: ApiClient;
let probation: ApiClient;
let housing: ApiClient;
let police: ApiClient;
let outsider: ApiClient;
let mappaPanel: string;
let sharedId: string;
let standingId: string;
let meetingId: string;
let daniel: string;

const listed = (client: ApiClient, personId?: string) =>
  client.request('GET', `/api/meetings/${meetingId}/previous-actions${personId ? `?personId=${personId}` : ''}`);

beforeAll(async () => {
  server = await startTestServer();
  const { users, meeting } = server.demo;
  meetingId = meeting._id;
  daniel = meeting.agenda.find((item) => item.personId)!.personId!;
  [admin, chair, probation, housing, police] = await Promise.all(['admin', 'chair', 'probation', 'housing', 'police'].map((u) => loginAs(server.url, u, PASSWORD)));
  const mappaChair = await admin.post('/api/users', { username: 'mappachair', displayName: 'Morgan MAPPA Chair', agencyId: users.probation.agencyId, role: 'chair', password: PASSWORD });
  const panel = await admin.post('/api/panels', { name: 'Northgate MAPPA Panel', type: 'MAPPA', chairIds: [mappaChair.body._id] });
  expect(panel.status).toBe(201);
  mappaPanel = panel.body._id;
  await admin.post('/api/users', { username: 'sp-outsider', displayName: 'Olu Outsider', agencyId: users.police.agencyId, role: 'member', password: PASSWORD });
  outsider = await loginAs(server.url, 'sp-outsider', PASSWORD);

  // The MAPPA panel's meeting about Daniel agreed one action for housing about him and one standing action; it closed.
  const mappa = await loginAs(server.url, 'mappachair', PASSWORD);
  const earlier = await mappa.post('/api/meetings', {
    panelId: mappaPanel,
    title: 'MAPPA level 2: Daniel Hughes',
    type: 'MAPPA',
    startsAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    chairId: mappaChair.body._id,
    attendeeIds: [users.housing._id, users.probation._id],
    agenda: [
      { title: 'Daniel Hughes', kind: 'case', personId: daniel },
      { title: 'Any other business', kind: 'standing' },
    ],
  });
  expect(earlier.status, JSON.stringify(earlier.body)).toBe(201);
  expect((await mappa.post(`/api/meetings/${earlier.body._id}/start`)).status).toBe(200);
  const due = addDays(toIsoDate(new Date()), 10);
  const shared = await mappa.post(`/api/meetings/${earlier.body._id}/actions`, { text: SHARED, agencyId: users.housing.agencyId, owner: 'Helen Marsh', personId: daniel, dueDate: due });
  const aob = earlier.body.agenda.find((item: { kind: string }) => item.kind === 'standing').id as string;
  const standing = await mappa.post(`/api/meetings/${earlier.body._id}/actions`, { text: STANDING, agencyId: users.probation.agencyId, itemId: aob, dueDate: due });
  expect([shared.status, standing.status]).toEqual([201, 201]);
  sharedId = `${earlier.body._id}:${shared.body.id}`;
  standingId = `${earlier.body._id}:${standing.body.id}`;
  expect((await mappa.post(`/api/meetings/${earlier.body._id}/close`)).status).toBe(200);

  // The IOM panel's meeting about Daniel: his item is for probation and housing only (police attend, but not his case).
  const danielItem = meeting.agenda.find((item) => item.personId === daniel)!.id;
  expect((await chair.put(`/api/meetings/${meetingId}/items/${danielItem}/agencies`, { agencyIds: [users.probation.agencyId, users.housing.agencyId] })).status).toBe(200);
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
}, 120_000);
afterAll(() => server?.stop());

describe("another panel's actions under a case", () => {
  it('without a sharing basis, shows them to nobody in this meeting, not even the owning agency', async () => {
    for (const [who, client] of [
      ['chair', chair],
      ['probation', probation],
      ['housing', housing],
    ] as const) {
      const res = await listed(client);
      expect(res.status, who).toBe(200);
      const text = await res.text();
      expect(text, who).not.toContain(SHARED);
      expect(text, who).not.toContain(sharedId);
    }
    // The owning agency still has it on its own list of open actions, between meetings.
    const own = await housing.get(`/api/actions?personId=${daniel}`);
    expect(own.body.items.map((a: { id: string }) => a.id)).toContain(sharedId);
  });

  it('under a sharing basis from that panel, shows them under the case to those who take part in it and the chair', async () => {
    const basis = await admin.post('/api/sharing-bases', { fromPanelId: mappaPanel, toPanelId: server.demo.meeting.panelId, basis: 'MAPPA information-sharing agreement 2026, section 4' });
    expect(basis.status, JSON.stringify(basis.body)).toBe(201);
    for (const [who, client] of [
      ['chair', chair],
      ['probation', probation],
      ['housing', housing],
    ] as const) {
      const underCase = await (await listed(client, daniel)).json();
      const action = underCase.actions.find((a: { id: string }) => a.id === sharedId);
      expect(action, who).toMatchObject({ text: SHARED, status: 'open', owner: 'Helen Marsh', personId: daniel, meetingTitle: 'MAPPA level 2: Daniel Hughes' });
      // Its own panel decides what follows it, not this meeting's chair.
      expect(action.canDecide, who).toBe(false);
    }
    // Never another panel's standing action, not even to the chair.
    expect(await (await listed(chair)).text()).not.toContain(STANDING);
    expect(await (await listed(chair)).text()).not.toContain(standingId);
  });

  it('gives an attendee kept out of the case, and anyone outside the meeting, not a byte of them', async () => {
    const policeAnswer = await listed(police);
    expect(policeAnswer.status).toBe(200);
    const text = await policeAnswer.text();
    expect(text).not.toContain(SHARED);
    expect(text).not.toContain(sharedId);
    expect(await (await listed(police, daniel)).text()).not.toContain(SHARED);
    // Nor can they write to it through this meeting.
    const write = await police.patch(`/api/meetings/${meetingId}/previous-actions/${encodeURIComponent(sharedId)}`, { progressNote: 'x' });
    expect(write.status).toBe(403);
    expect(JSON.stringify(write.body)).not.toContain(SHARED);
    const outside = await listed(outsider);
    expect([403, 404]).toContain(outside.status);
    expect(await outside.text()).not.toContain(SHARED);
  });

  it('lets the owning agency update it in the room; the chair here cannot decide what follows it', async () => {
    const updated = await housing.patch(`/api/meetings/${meetingId}/previous-actions/${encodeURIComponent(sharedId)}`, {
      status: 'in-progress',
      progressNote: 'Two rooms offered in the north of the city',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({ id: sharedId, status: 'in-progress' });
    const decided = await chair.post(`/api/meetings/${meetingId}/previous-actions/${encodeURIComponent(sharedId)}/decision`, { outcome: 'close', reason: 'Not ours to close' });
    expect(decided.status).toBe(403);
  });
});

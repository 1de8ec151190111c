// The first days after release over REST on a real server: the release-day confirmation is the lead agency's
// (another agency on the case is refused, with the lead agency as positive control), only on or after the release
// date; the day-1 itinerary is shared with the agencies on the case only and nothing of it reaches anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/logic/dueDates.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let probation: ApiClient;
let police: ApiClient;
let housing: ApiClient;
let admin: ApiClient;
let agencyIds: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  [probation, police, housing, admin] = await Promise.all(['probation', 'police', 'housing', 'admin'].map((name) => loginAs(server.url, name, PASSWORD)));
  const agencies = (await probation.get('/api/agencies?limit=50')).body.items as { _id: string; shortName?: string }[];
  agencyIds = Object.fromEntries(agencies.map((a) => [a.shortName ?? a._id, a._id]));
});
afterAll(() => server?.stop());

/** A person led by probation with police on the case team (housing is not), released `daysAgo` days ago. */
async function personReleased(reference: string, daysAgo: number): Promise<string> {
  const res = await probation.post('/api/people', {
    name: 'Casey Example',
    caseReference: reference,
    custodyStatus: 'sentenced',
    releaseDate: addDays(ukToday(), -daysAgo),
    leadAgencyId: agencyIds.Probation,
    caseTeamAgencyIds: [agencyIds.Police],
  });
  expect(res.status).toBe(201);
  return res.body._id as string;
}

describe('release-day confirmation', () => {
  it('lets the lead agency confirm and refuses another agency on the case, saving nothing for it', async () => {
    const id = await personReleased('FD-CONF-1', 0);
    const refused = await police.post(`/api/people/${id}/release-confirmation`, { outcome: 'released-not-met', time: '09:15' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe("Only the person's lead agency or a chair of one of their panels can confirm the release");
    expect((await police.get(`/api/people/${id}/release-confirmation`)).body).toMatchObject({ latest: null, items: [], canConfirm: false });

    // Positive control: the lead agency.
    const ok = await probation.post(`/api/people/${id}/release-confirmation`, { outcome: 'released-met', time: '08:40', note: 'Met by PS Shah' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ outcome: 'released-met', time: '08:40', date: ukToday(), releaseDate: ukToday() });
    const seen = await police.get(`/api/people/${id}/release-confirmation`);
    expect(seen.body.latest).toMatchObject({ outcome: 'released-met', time: '08:40' });
    expect((await probation.get(`/api/people/${id}/release-confirmation`)).body.canConfirm).toBe(true);

    // Someone who does not work with the person sees nothing of it.
    const outsider = await housing.get(`/api/people/${id}/release-confirmation`);
    expect(outsider.status).toBe(403);
    expect(JSON.stringify(outsider.body)).not.toContain('08:40');

    // The audit records who confirmed and the outcome, never the note.
    const audit = (await admin.get(`/api/audit?targetId=${id}&limit=50`)).body.items as { action: string; details?: unknown }[];
    const entry = audit.find((e) => e.action === 'person.release-confirm');
    expect(entry?.details).toMatchObject({ outcome: 'released-met', time: '08:40' });
    expect(JSON.stringify(audit)).not.toContain('Met by PS Shah');
  });

  it('refuses a confirmation before the release date, a future day, bad input and an unknown outcome', async () => {
    const future = await personReleased('FD-CONF-2', -3);
    const early = await probation.post(`/api/people/${future}/release-confirmation`, { outcome: 'released-met', time: '08:40' });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatch(/^The release can be confirmed on or after the release date \(\d{1,2} \w+ \d{4}\)$/);

    const id = await personReleased('FD-CONF-3', 2);
    const tomorrow = await probation.post(`/api/people/${id}/release-confirmation`, { outcome: 'released-met', time: '08:40', date: addDays(ukToday(), 1) });
    expect(tomorrow.status).toBe(400);
    const badTime = await probation.post(`/api/people/${id}/release-confirmation`, { outcome: 'released-met', time: '8.40am' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.error).toContain('as hours and minutes, like 09:30');
    const badOutcome = await probation.post(`/api/people/${id}/release-confirmation`, { outcome: 'escaped', time: '08:40' });
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.error).toContain('Choose what happened: released-met, released-not-met, not-released');
    expect((await probation.get(`/api/people/${id}/release-confirmation`)).body.items).toEqual([]);

    // Two days on, naming the day: accepted, and "did not happen" is kept for that release date.
    const late = await probation.post(`/api/people/${id}/release-confirmation`, { outcome: 'not-released', time: '10:05', date: addDays(ukToday(), -2) });
    expect(late.status).toBe(201);
    expect((await probation.get(`/api/people/${id}/release-confirmation`)).body.latest).toMatchObject({ outcome: 'not-released', releaseDate: addDays(ukToday(), -2) });
    // The other agencies on the case are told, by case reference only; an agency not on the case is not.
    const told = (await police.get('/api/notifications')).body.items as { title: string; body: string; link?: string }[];
    const notice = told.find((n) => n.title === 'Release did not happen: case FD-CONF-3');
    expect(notice?.body).toContain('Case FD-CONF-3: release did not happen');
    expect(notice?.body).not.toContain('Casey');
    expect(notice?.link).toBe(`/people/${id}`);
    expect(JSON.stringify((await housing.get('/api/notifications')).body)).not.toContain('FD-CONF-3');
    expect(JSON.stringify((await probation.get('/api/notifications')).body)).not.toContain('FD-CONF-3');
  });
});

describe('day-1 itinerary', () => {
  const entries = (agency: string) => [
    { date: ukToday(), time: '14:00', place: 'Probation office, 1 High Street', agencyId: agency, what: 'First appointment with your probation officer' },
    { date: ukToday(), time: '09:30', place: 'Boots pharmacy, Market Square', what: 'Collect your prescription' },
  ];

  it('is shared with the agencies on the case, in time order, with agency names', async () => {
    const id = await personReleased('FD-ITIN-1', 1);
    const saved = await police.put(`/api/people/${id}/itinerary`, { entries: entries(agencyIds.Probation) });
    expect(saved.status).toBe(200);
    const read = await probation.get(`/api/people/${id}/itinerary`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ firstName: 'Casey', canEdit: true });
    expect(read.body.entries.map((e: { time: string }) => e.time)).toEqual(['09:30', '14:00']);
    expect(read.body.entries[1]).toMatchObject({ agencyName: 'Probation Service', place: 'Probation office, 1 High Street' });
  });

  it('refuses agencies not on the case, administrators of another agency and bad entries, with nothing crossing', async () => {
    const id = await personReleased('FD-ITIN-2', 1);
    expect((await probation.put(`/api/people/${id}/itinerary`, { entries: entries(agencyIds.Probation) })).status).toBe(200);
    for (const [who, client] of [['housing', housing]] as const) {
      const read = await client.get(`/api/people/${id}/itinerary`);
      expect(read.status, who).toBe(403);
      expect(JSON.stringify(read.body), who).not.toContain('High Street');
      expect((await client.put(`/api/people/${id}/itinerary`, { entries: [] })).status, who).toBe(403);
    }
    // An administrator of another agency sees the person record, not the itinerary (positive control: the case team).
    const policeLed = await police.post('/api/people', { name: 'Robin Example', caseReference: 'FD-ITIN-3', custodyStatus: 'sentenced', releaseDate: ukToday() });
    expect(policeLed.status).toBe(201);
    expect((await police.put(`/api/people/${policeLed.body._id}/itinerary`, { entries: entries(agencyIds.Police) })).status).toBe(200);
    expect((await admin.get(`/api/people/${policeLed.body._id}`)).status).toBe(200);
    const adminRead = await admin.get(`/api/people/${policeLed.body._id}/itinerary`);
    expect(adminRead.status).toBe(403);
    expect(adminRead.body.error).toBe('Only the agencies on the case can see or change the itinerary');
    expect(JSON.stringify(adminRead.body)).not.toContain('High Street');
    const bad = await probation.put(`/api/people/${id}/itinerary`, { entries: [{ date: ukToday(), time: '25:00', place: '', what: 'x' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/hours and minutes|Enter where/);
    const unknownAgency = await probation.put(`/api/people/${id}/itinerary`, { entries: [{ date: ukToday(), time: '10:00', place: 'Town hall', what: 'Housing', agencyId: 'nope' }] });
    expect(unknownAgency.status).toBe(400);
    expect(unknownAgency.body.error).toBe('Choose an agency from the list');
    // Nothing saved by the refused writes.
    expect((await probation.get(`/api/people/${id}/itinerary`)).body.entries).toHaveLength(2);
  });
});

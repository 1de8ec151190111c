// Custody episodes and recalls on the person record (issue 11 §1), over REST on a real server: the lead agency, a chair of
// one of the person's panels and an administrator add and change them; a case-team member of another agency, an observer
// of the lead agency, a chair of another panel and an outsider cannot, and nothing is saved when refused; bad input (a
// recall without its type or reason, an end before the start, an unknown field, a time overlapping another episode) is
// refused with a clear message per field and nothing saved. A recorded custody-status change to "recalled" opens a recall
// episode that names the change, and the return to licence ends it; both show in the chronology.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../shared/domain/chronology.js';
import type { CustodyEpisode } from '../../shared/domain/custodyEpisodes.js';
import type { PersonEvent } from '../../shared/domain/personEvents.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let probation: ApiClient;
let housing: ApiClient;
let chair: ApiClient;
let admin: ApiClient;
let observer: ApiClient;
let otherChair: ApiClient;
let outsider: ApiClient;
let personId: string;

const url = () => `/api/people/${personId}/custody-episodes`;
const stored = () => server.store.collection('custodyEpisodes').find({ personId });
const remand = { type: 'remand', startDate: '2025-03-01', endDate: '2025-06-30', prison: 'HMP Northgate', reason: 'Charged with burglary; bail refused' };

beforeAll(async () => {
  server = await startTestServer();
  [probation, housing, chair, admin, observer] = await Promise.all(['probation', 'housing', 'chair', 'admin', 'observer'].map((u) => loginAs(server.url, u, PASSWORD)));
  const agencies = (await admin.get('/api/agencies?limit=50')).body.items as { _id: string; shortName?: string }[];
  const agency = Object.fromEntries(agencies.map((a) => [a.shortName ?? a._id, a._id]));
  // A chair of another panel, and a member of an agency that has nothing to do with the person.
  const panel = await admin.post('/api/panels', { name: 'Southside MAPPA Panel', type: 'MAPPA' });
  const other = await admin.post('/api/users', { username: 'otherchair', displayName: 'Other Chair', agencyId: agency.Police, role: 'chair', password: PASSWORD });
  expect((await admin.patch(`/api/panels/${panel.body._id}`, { chairIds: [other.body._id] })).status).toBe(200);
  await admin.post('/api/users', { username: 'ce-outsider', displayName: 'Olu Outsider', agencyId: agency.DWP, role: 'member', password: PASSWORD });
  [otherChair, outsider] = await Promise.all([loginAs(server.url, 'otherchair', PASSWORD), loginAs(server.url, 'ce-outsider', PASSWORD)]);

  const created = await probation.post('/api/people', {
    name: 'Casey Episodes',
    caseReference: 'CE-0001',
    custodyStatus: 'on-licence',
    prison: 'HMP Northgate',
    leadAgencyId: agency.Probation,
    caseTeamAgencyIds: [agency.Housing],
    panelIds: [server.demo.meeting.panelId],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  personId = created.body._id;
});
afterAll(() => server?.stop());

describe('who may add and change custody episodes', () => {
  it('refuses a case-team member of another agency, an observer, a chair of another panel and an outsider; nothing is saved', async () => {
    for (const [who, client] of [
      ['housing', housing],
      ['observer', observer],
      ['other chair', otherChair],
      ['outsider', outsider],
    ] as const) {
      const refused = await client.post(url(), remand);
      expect(refused.status, who).toBe(403);
      expect(JSON.stringify(refused.body), who).not.toContain('burglary');
    }
    expect((await housing.post(url(), remand)).body.error).toContain("Only the lead agency, a chair of one of the person's panels or an administrator");
    expect(await stored()).toHaveLength(0);
    // Reading: whoever reads the person (housing, on the case team), without the right to change; not the outsider.
    expect((await housing.get(url())).body).toEqual({ items: [], canEdit: false });
    expect((await outsider.get(url())).status).toBe(403);
    expect((await probation.get('/api/people/no-such-person/custody-episodes')).status).toBe(404);
  });

  it('lets the lead agency add one, a chair of the person’s panel change it, and an administrator add another', async () => {
    const added = await probation.post(url(), remand);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ ...remand, personId, createdByName: 'Priya Shah (COM)' });
    expect((await housing.get(url())).body.items).toHaveLength(1);

    const changed = await chair.put(`${url()}/${added.body._id}`, { ...remand, endDate: '2025-07-01', prison: 'HMP Eastwood Park' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ endDate: '2025-07-01', prison: 'HMP Eastwood Park' });
    // Refused for housing, and nothing changes.
    expect((await housing.put(`${url()}/${added.body._id}`, { ...remand, endDate: '2025-08-01' })).status).toBe(403);
    expect((await stored())[0].endDate).toBe('2025-07-01');

    const sentence = await admin.post(url(), { type: 'sentence', startDate: '2025-07-01', endDate: '2026-01-10', prison: 'HMP Northgate' });
    expect(sentence.status, JSON.stringify(sentence.body)).toBe(201);
    const audit = await server.services.audit.search({ action: 'person.custody-episode-change', targetId: personId }, { limit: 5 });
    expect(audit.items[0].details).toMatchObject({ episodeId: added.body._id, fields: ['endDate', 'prison'] });
    // The audit names the change, never the reason's words.
    expect(JSON.stringify(audit.items)).not.toContain('burglary');
  });
});

describe('bad input', () => {
  it('refuses a recall without its type or reason, an end before the start, an unknown field or type, field by field; nothing is saved', async () => {
    const before = (await stored()).length;
    const recall = await probation.post(url(), { type: 'recall', startDate: '2026-02-01' });
    expect(recall.status).toBe(400);
    expect(recall.body.fields).toEqual([
      { field: 'recallType', message: 'Select the type of recall' },
      { field: 'reason', message: 'Enter the reason for the recall' },
    ]);
    const backwards = await probation.post(url(), { type: 'remand', startDate: '2026-02-03', endDate: '2026-02-01' });
    expect(backwards.body.fields).toEqual([{ field: 'endDate', message: 'End date must be the same as or after the start date' }]);
    expect((await probation.post(url(), { type: 'holiday', startDate: '2026-02-03' })).body.fields[0]).toEqual({ field: 'type', message: 'Select the type of custody' });
    expect((await probation.post(url(), { type: 'recall', recallType: 'short', reason: 'x', startDate: '2026-02-03' })).status).toBe(400);
    expect((await probation.post(url(), { ...remand, startDate: '2026-02-30' })).body.fields[0]).toEqual({ field: 'startDate', message: 'Start date must be a real date' });
    const unknown = await probation.post(url(), { ...remand, startDate: '2026-03-01', endDate: null, court: 'Crown' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('unknown field court');
    expect(await stored()).toHaveLength(before);
  });

  it('refuses a time that overlaps another episode (touching is fine), and an episode of someone else', async () => {
    const before = await stored();
    const overlap = await probation.post(url(), { type: 'sentence', startDate: '2025-12-01' });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error).toBe(
      'This overlaps the custody episode from 1 Jul 2025 to 10 Jan 2026: give that episode its end date first, or change these dates',
    );
    expect(await stored()).toHaveLength(before.length);
    const other = (await probation.get('/api/people?q=Daniel')).body.items[0]._id as string;
    expect((await probation.put(`/api/people/${other}/custody-episodes/${before[0]._id}`, remand)).status).toBe(404);
  });
});

describe('a recall recorded as a custody-status change', () => {
  it('asks for the type of recall, opens a recall episode that names the change, and ends it on the return to licence', async () => {
    const why = { type: 'recall', reason: 'Breached the exclusion zone twice', source: 'Probation' };
    const noType = await probation.post(`/api/people/${personId}/release-changes`, { ...why, custodyStatus: 'recalled' });
    expect(noType.status).toBe(400);
    expect(noType.body.error).toContain('Select the type of recall');

    const recalled = await probation.post(`/api/people/${personId}/release-changes`, { ...why, custodyStatus: 'recalled', recallType: 'fixed-term' });
    expect(recalled.status, JSON.stringify(recalled.body)).toBe(201);
    const [event] = recalled.body.events as PersonEvent[];
    const today = ukToday();
    const episodes = (await probation.get(url())).body.items as CustodyEpisode[];
    const recall = episodes.find((e) => e.type === 'recall')!;
    expect(recall).toMatchObject({ recallType: 'fixed-term', startDate: today, prison: 'HMP Northgate', reason: why.reason, openedByChangeId: event.changeId });
    expect(recall.endDate).toBeUndefined();
    expect(event.episodeMove).toMatchObject({ date: today, open: { _id: recall._id, type: 'recall' } });

    const out = await probation.post(`/api/people/${personId}/release-changes`, { type: 'other', reason: 'Fixed-term recall served', source: 'Prison OMU', custodyStatus: 'on-licence' });
    expect(out.status).toBe(201);
    const ended = ((await probation.get(url())).body.items as CustodyEpisode[]).find((e) => e._id === recall._id)!;
    expect(ended).toMatchObject({ endDate: today, closedByChangeId: (out.body.events as PersonEvent[])[0].changeId });

    // The chronology relates them: the status change says it opened the recall episode, the episode's start and end.
    const entries = (await housing.get(`/api/people/${personId}/chronology`)).body.entries as ChronologyEntry[];
    const change = entries.find((e) => e.kind === 'release' && e.title.endsWith('to recalled to custody'))!;
    expect(change.detail).toContain('Opened a custody episode: Recall (fixed-term recall) from');
    const start = entries.find((e) => e.id === `custody:${recall._id}:start`)!;
    expect(start).toMatchObject({ title: 'Recalled to custody at HMP Northgate: Recall (fixed-term recall)', dateOnly: true, at: `${today}T00:00:00.000Z` });
    expect(start.detail).toContain('Breached the exclusion zone twice. Opened by the recorded custody status change');
    expect(entries.find((e) => e.id === `custody:${recall._id}:end`)?.title).toBe('Released from recall (fixed-term recall) at HMP Northgate');
    expect(entries.find((e) => e.kind === 'release' && e.title.endsWith('to on licence'))?.detail).toContain('Ended the open custody episode on');
    // The earlier remand, from the screens, is there too, dated by day.
    expect(entries.some((e) => e.title === 'Remanded in custody at HMP Eastwood Park: Remand' && e.at.startsWith('2025-03-01'))).toBe(true);
  });
});

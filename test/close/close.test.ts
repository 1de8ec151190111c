// Close: every agency's list holds exactly its own actions with resolved due dates; the documents
// become read-only; a second close returns the same result and creates nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocName, readLiveActions } from '../../shared/live/layout.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting, waitFor, type DemoIds } from './support.js';

let server: TestServer;
let ids: DemoIds;
let chair: ApiClient;
let liveIds: Record<string, string>;
let firstClose: { status: number; body: any };
let review: { status: number; body: any };

beforeAll(async () => {
  server = await startTestServer({ smtp: { host: undefined, port: 587, secure: false, from: 'Roundtable <roundtable@example.test>' }, mail: { pollIntervalMs: 100, maxAttempts: 3, retryBaseMs: 100 } });
  ids = demoIds(server.demo);
  ({ chair, liveIds } = await prepareMeeting(server.url, ids));
  await chair.post(`/api/meetings/${ids.meetingId}/actions`, { text: 'Check GP registration', agencyId: ids.agency.substance, personId: ids.marcus });
  review = await chair.get(`/api/meetings/${ids.meetingId}/close-review`);
  const unowned = review.body.withoutOwner?.[0]?.id;
  if (unowned) await chair.patch(`/api/meetings/${ids.meetingId}/actions/${unowned}`, { owner: 'Tom Grady', dueDate: '2031-03-01' });
  liveIds['substance-gp'] = unowned;
  const started = Date.now();
  firstClose = await chair.post(`/api/meetings/${ids.meetingId}/close`);
  console.log(`close with 5 actions took ${Date.now() - started} ms`);
});
afterAll(() => server?.stop());

const recordId = (key: string) => `${ids.meetingId}:${liveIds[key]}`;

describe('closing a meeting', () => {
  it('closes the meeting and creates one action record per action', async () => {
    expect(firstClose.status, JSON.stringify(firstClose.body)).toBe(200);
    expect(firstClose.body.status).toBe('closed');
    expect(firstClose.body.actionIds.sort()).toEqual(Object.keys(liveIds).map(recordId).sort());
    const meeting = await chair.get(`/api/meetings/${ids.meetingId}`);
    expect(meeting.body.status).toBe('closed');
    expect(meeting.body.closedAt).toBe(firstClose.body.closedAt);
  });

  it("gives each agency exactly its own actions, with relative due dates resolved against the release date", async () => {
    const daniel = (await chair.get(`/api/people/${ids.daniel}`)).body;
    const expected: Record<string, string[]> = {
      [ids.agency.probation]: [recordId('probation-licence')],
      [ids.agency.housing]: [recordId('housing-first-night'), recordId('housing-formula')],
      [ids.agency.police]: [recordId('police-visit')],
      [ids.agency.substance]: [recordId('substance-gp')],
    };
    for (const [agencyId, actionIds] of Object.entries(expected)) {
      const list = await chair.get(`/api/meetings/${ids.meetingId}/agency-actions/${agencyId}`);
      expect(list.status).toBe(200);
      expect(list.body.agency.id).toBe(agencyId);
      expect(list.body.actions.map((a: { id: string }) => a.id).sort()).toEqual(actionIds.sort());
      expect(list.body.carriedOver).toEqual([]);
    }
    const probation = (await chair.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.probation}`)).body;
    expect(probation.actions[0].dueDate).toBe(addDays(daniel.releaseDate, -3));
    expect(probation.actions[0].dueRelativeDays).toBe(-3);
    expect(probation.actions[0].case).toEqual({ personId: ids.daniel, name: 'Daniel Hughes', caseReference: 'X123401', releaseDate: daniel.releaseDate });
    const housing = (await chair.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}`)).body;
    const firstNight = housing.actions.find((a: { id: string }) => a.id === recordId('housing-first-night'));
    expect(firstNight.dueDate).toBe(addDays(daniel.releaseDate, 2));
    expect(firstNight.pathwayLabel).toBe('Accommodation');
    // The record stores the case context an agency may see, and nothing of the assessment.
    expect(Object.keys(firstNight.case).sort()).toEqual(['caseReference', 'name', 'personId', 'releaseDate']);
  });

  it("lets a member see only their own agency's list", async () => {
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    expect((await housing.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}`)).status).toBe(200);
    const other = await housing.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.police}`);
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toContain('Home visit');
    const anonymous = await fetch(`${server.url}/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}`);
    expect(anonymous.status).toBe(401);
    const views = await server.services.audit.search({ action: 'agency-actions.view', targetId: ids.meetingId }, { limit: 200 });
    expect(views.total).toBeGreaterThanOrEqual(5);
  });

  it('returns the same result on a second close and creates nothing twice', async () => {
    const [second, third] = await Promise.all([chair.post(`/api/meetings/${ids.meetingId}/close`), chair.post(`/api/meetings/${ids.meetingId}/close`)]);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(firstClose.body);
    expect(third.body).toEqual(firstClose.body);
    const store = server.store;
    expect(await store.collection('actions').count({ meetingId: ids.meetingId })).toBe(5);
    expect(await store.collection('emails').count({ meetingId: ids.meetingId })).toBe(4);
    expect(await store.collection('closures').count({ _id: ids.meetingId })).toBe(1);
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    expect((await housing.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(403);
  });

  it('keeps the e-mails visibly queued as not-configured when SMTP is not set up', async () => {
    const emails = await waitFor('e-mails parked', async () => {
      const list = (await chair.get(`/api/meetings/${ids.meetingId}/emails`)).body.items as { state: string; agencyId: string }[];
      return list.every((e) => e.state === 'not-configured') && list;
    });
    expect(emails.map((e) => e.agencyId).sort()).toEqual([ids.agency.housing, ids.agency.police, ids.agency.probation, ids.agency.substance].sort());
  });

  it('makes the documents read-only: REST and server-side changes are refused, content unchanged', async () => {
    // The police visit is Kayleigh's action, so it lives in her case document.
    const docName = caseDocName(ids.meetingId, ids.kayleigh);
    const before = await server.services.documents.read(docName, readLiveActions);
    expect(before.map((a) => a.id)).toContain(liveIds['police-visit']);
    const added = await chair.post(`/api/meetings/${ids.meetingId}/actions`, { text: 'Late action', agencyId: ids.agency.police });
    expect(added.status).toBe(409);
    await expect(
      server.services.documents.change(docName, (doc) => doc.getMap('actions').delete(liveIds['police-visit'])),
    ).rejects.toThrow(/read-only/);
    expect(await server.services.documents.read(docName, readLiveActions)).toEqual(before);
  });

  it('shows the chair what to check before closing: incomplete actions and open red flags', async () => {
    expect(review.status).toBe(200);
    expect(review.body.actionCount).toBe(5);
    expect(review.body.withoutOwner.map((a: { text: string }) => a.text)).toEqual(['Check GP registration']);
    expect(review.body.withoutDueDate.map((a: { text: string }) => a.text)).toEqual(['Check GP registration']);
    // Daniel is released in five days with nothing confirmed for the first night.
    const daniel = review.body.redFlags.find((f: { personId: string }) => f.personId === ids.daniel);
    expect(daniel.flags.map((f: { code: string }) => f.code)).toContain('no-first-night-accommodation');
    const observer = await loginAs(server.url, 'observer', PASSWORD);
    expect((await observer.get(`/api/meetings/${ids.meetingId}/close-review`)).status).toBe(403);
  });
});

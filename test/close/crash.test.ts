// Killing the server in the middle of a close (the pause hook holds it at a step) and restarting
// leaves the meeting either live with nothing created, or closed with everything created once.
import { afterEach, describe, expect, it } from 'vitest';
import { PAUSE_MARKER } from '../../server/services/close/pauseHook.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { spawnServer, waitForExit, type ServerProcess } from '../support/process.js';
import { PASSWORD, tempDataDir } from '../support/server.js';
import { plannedActions, waitFor, type DemoIds } from './support.js';

const running: ServerProcess[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.child.kill('SIGKILL');
});

async function start(dataDir: string, pause?: 'before-commit' | 'after-commit'): Promise<ServerProcess> {
  const env: Record<string, string> = { DATA_DIR: dataDir, MAIL_POLL_MS: '200' };
  if (pause) env.ROUNDTABLE_TEST_PAUSE_CLOSE = pause;
  const server = await spawnServer(env, 'server/scripts/demo.ts');
  running.push(server);
  return server;
}

/** The demo ids, learnt over the API as any client would. */
async function idsOver(chair: ApiClient): Promise<DemoIds> {
  const meeting = (await chair.get('/api/meetings')).body.items.find((m: { title: string }) => m.title === 'IOM panel: pre-release cases');
  const agencies = (await chair.get('/api/agencies?limit=50')).body.items as { _id: string; shortName: string }[];
  const agency = (shortName: string) => agencies.find((a) => a.shortName === shortName)!._id;
  const people = meeting.agenda.map((i: { personId?: string }) => i.personId).filter(Boolean);
  return {
    meetingId: meeting._id,
    panelId: meeting.panelId,
    agency: { probation: agency('Probation'), police: agency('Police'), housing: agency('Housing'), substance: agency('D&A') },
    daniel: people[0],
    kayleigh: people[1],
    marcus: people[2],
  };
}

/** Starts the meeting, adds the actions, asks to close, and SIGKILLs the process at the pause. */
async function killDuringClose(server: ServerProcess, point: string): Promise<{ ids: DemoIds }> {
  const chair = await loginAs(server.url, 'chair', PASSWORD);
  const ids = await idsOver(chair);
  if ((await chair.get(`/api/meetings/${ids.meetingId}`)).body.status === 'scheduled') await chair.post(`/api/meetings/${ids.meetingId}/start`);
  for (const { body } of plannedActions(ids)) expect((await chair.post(`/api/meetings/${ids.meetingId}/actions`, body)).status).toBe(201);
  const closing = chair.post(`/api/meetings/${ids.meetingId}/close`).catch(() => null);
  await waitFor(`the ${point} pause`, async () => server.output().includes(`${PAUSE_MARKER} ${point}`));
  server.child.kill('SIGKILL');
  await waitForExit(server.child);
  expect(await closing).toBeNull();
  return { ids };
}

async function counts(chair: ApiClient, meetingId: string) {
  return {
    status: (await chair.get(`/api/meetings/${meetingId}`)).body.status as string,
    actions: (await chair.get(`/api/actions?meetingId=${meetingId}&limit=200`)).body.total as number,
    emails: (await chair.get(`/api/meetings/${meetingId}/emails`)).body.items.length as number,
    minutes: (await chair.get(`/api/meetings/${meetingId}/minutes`)).status,
  };
}

describe('a crash during close', () => {
  it('before the commit point: after restart the meeting is live, nothing was created, and it closes normally', async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir, 'before-commit');
    const { ids } = await killDuringClose(first, 'before-commit');

    const second = await start(dataDir);
    const chair = await loginAs(second.url, 'chair', PASSWORD);
    expect(await counts(chair, ids.meetingId)).toEqual({ status: 'live', actions: 0, emails: 0, minutes: 409 });
    // The documents are writable again: the freeze did not outlive the failed close.
    expect((await chair.post(`/api/meetings/${ids.meetingId}/actions`, { text: 'Added after restart', agencyId: ids.agency.police })).status).toBe(201);
    const closed = await chair.post(`/api/meetings/${ids.meetingId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.actionIds).toHaveLength(plannedActions(ids).length + 1);
    expect(await counts(chair, ids.meetingId)).toEqual({ status: 'closed', actions: plannedActions(ids).length + 1, emails: 3, minutes: 200 });
  });

  it('after the commit point: after restart the meeting is closed with everything created exactly once', async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir, 'after-commit');
    const { ids } = await killDuringClose(first, 'after-commit');

    const second = await start(dataDir);
    const chair = await loginAs(second.url, 'chair', PASSWORD);
    const expected = { status: 'closed', actions: plannedActions(ids).length, emails: 3, minutes: 200 };
    expect(await counts(chair, ids.meetingId)).toEqual(expected);
    expect((await chair.post(`/api/meetings/${ids.meetingId}/actions`, { text: 'Too late', agencyId: ids.agency.police })).status).toBe(409);
    const again = await chair.post(`/api/meetings/${ids.meetingId}/close`);
    expect(again.status).toBe(200);
    expect(again.body.actionIds).toHaveLength(plannedActions(ids).length);

    // A further restart changes nothing.
    second.child.kill('SIGKILL');
    await waitForExit(second.child);
    const third = await start(dataDir);
    const chairAgain = await loginAs(third.url, 'chair', PASSWORD);
    expect(await counts(chairAgain, ids.meetingId)).toEqual(expected);
    const housing = await loginAs(third.url, 'housing', PASSWORD);
    const list = await housing.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}`);
    expect(list.body.actions.map((a: { text: string }) => a.text).sort()).toEqual(['=HYPERLINK("http://evil.example","click")', 'Book first-night accommodation']);
  });
});

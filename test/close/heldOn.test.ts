// The record says the meeting was held on the day it actually ran (when the chair started it), not on the date it was
// scheduled for (issue 10 §7). The demo meeting is scheduled for tomorrow; it is started and closed today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ukDateTime } from '../../shared/format.js';
import { minutesHtml } from '../../server/exports/minutes.js';
import type { ApiClient } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting, type DemoIds } from './support.js';

let server: TestServer;
let ids: DemoIds;
let chair: ApiClient;
let startedFrom: number;
let closedBy: number;

beforeAll(async () => {
  server = await startTestServer();
  ids = demoIds(server.demo);
  startedFrom = Date.now();
  ({ chair } = await prepareMeeting(server.url, ids, [
    { key: 'police-visit', body: { text: 'Home visit after release', agencyId: ids.agency.police, owner: 'PC Dan Reeves', personId: ids.kayleigh, dueDate: '2031-01-15' } },
  ]));
  expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);
  closedBy = Date.now();
});
afterAll(() => server?.stop());

describe('the date a meeting was held', () => {
  it('is the day it was started, in the record, the minutes and the agency list, not the scheduled date', async () => {
    const scheduled = server.demo.meeting.startsAt;
    const meeting = (await chair.get(`/api/meetings/${ids.meetingId}`)).body as { startedAt?: string };
    expect(Date.parse(meeting.startedAt!)).toBeGreaterThanOrEqual(startedFrom - 1000);

    const minutes = await chair.get(`/api/meetings/${ids.meetingId}/minutes`);
    expect(minutes.status).toBe(200);
    const heldOn = minutes.body.record.meeting.heldOn as string;
    expect(heldOn).toBe(meeting.startedAt);
    expect(Date.parse(heldOn)).toBeLessThanOrEqual(closedBy);
    expect(heldOn.slice(0, 10)).not.toBe(scheduled.slice(0, 10));

    const list = await chair.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.police}`);
    expect(list.status).toBe(200);
    expect(list.body.meeting.heldOn).toBe(heldOn);

    // The minutes as exported say so too.
    expect(minutesHtml(minutes.body.record)).toContain(`held ${ukDateTime(heldOn)}`);
  });
});

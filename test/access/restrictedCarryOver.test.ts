// A restricted section carries over to the person's next meeting, for the agencies allowed at the last.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { RESTRICTED, restrictedDocName } from '../../shared/live/layout.js';
import { connectDoc, waitFor, type DocClient } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const VICTIM_SAFETY = 'Victim has moved; new address held by police public protection';

let server: TestServer;
let chair: ApiClient;
const opened: DocClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  chair = await loginAs(server.url, 'chair', PASSWORD);
});
afterAll(async () => {
  for (const client of opened) client.destroy();
  await server?.stop();
});

it('reaches the next meeting with its text and its allow-list: police in, housing out', async () => {
  const first = server.demo.meeting;
  const personId = first.agenda.find((i) => i.personId)!.personId!;
  const police = server.demo.users.police;
  expect((await chair.put(`/api/meetings/${first._id}/restricted/${personId}`, { agencyIds: [police.agencyId] })).status).toBe(200);
  expect((await chair.post(`/api/meetings/${first._id}/start`)).status).toBe(200);
  await server.services.documents.change(restrictedDocName(first._id, personId), (doc) =>
    (doc.getMap(RESTRICTED.sections).get('victimSafety') as Y.Text).insert(0, VICTIM_SAFETY),
  );
  expect((await chair.post(`/api/meetings/${first._id}/close`)).status).toBe(200);

  const next = await chair.post('/api/meetings', {
    panelId: first.panelId,
    title: 'IOM panel: follow-up',
    type: 'IOM',
    startsAt: new Date(Date.parse(first.startsAt) + 14 * 86_400_000).toISOString(),
    chairId: first.chairId,
    attendeeIds: first.attendeeIds,
    agenda: [{ title: 'Follow-up', kind: 'case', personId }],
  });
  expect(next.status).toBe(201);
  expect(next.body.restrictedAccess).toEqual({ [personId]: [police.agencyId] });

  const policeApi = await loginAs(server.url, 'police', PASSWORD);
  const housingApi = await loginAs(server.url, 'housing', PASSWORD);
  const name = restrictedDocName(next.body._id, personId);
  const policeDoc = connectDoc(server.url, policeApi.cookie, name);
  const housingDoc = connectDoc(server.url, housingApi.cookie, name);
  opened.push(policeDoc, housingDoc);
  await policeDoc.synced;
  await waitFor(() => String(policeDoc.doc.getMap(RESTRICTED.sections).get('victimSafety') ?? '') === VICTIM_SAFETY, 10_000, 'the section to carry over');
  expect((await housingDoc.refused).code).toBe(4403);
});

// Nothing a client writes can make the close, the minutes or the agency lists fail: malformed values written
// straight into the server's documents (wrong types, missing fields, entries that are not maps) are skipped or
// coerced, and every export still renders.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE, caseDocName, MEETING, meetingDocName, notesFragmentName, readAgenda } from '../../shared/live/layout.js';
import type { ApiClient } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { demoIds, download, pdfPages, prepareMeeting, type DemoIds } from './support.js';

let server: TestServer;
let ids: DemoIds;
let chair: ApiClient;

function map(values: Record<string, unknown>): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) entry.set(key, value);
  return entry;
}

beforeAll(async () => {
  server = await startTestServer();
  ids = demoIds(server.demo);
  ({ chair } = await prepareMeeting(server.url, ids));
  const [standing, danielItem] = await server.services.documents.read(meetingDocName(ids.meetingId), readAgenda);
  await server.services.documents.change(meetingDocName(ids.meetingId), (doc) => {
    const actions = doc.getMap<unknown>(MEETING.actions);
    actions.set('not-a-map', 42);
    actions.set('wrong-types', map({ text: 7, agencyId: 5, status: 'exploded', dueDate: 12, dueRelativeDays: 'soon', owner: ['x'], personId: 'has spaces!', pathway: 'moon' }));
    actions.set('empty', new Y.Map());
    actions.set('ghost', map({ text: new Y.Text('Ghost action'), agencyId: ids.agency.police, personId: 'ghost-person', dueDate: 'not-a-date', status: 'open' }));
    const decisions = doc.getMap<unknown>(MEETING.decisions);
    decisions.set('a-string', 'decided');
    decisions.set('wrong-types', map({ text: 99, rationale: new Y.Map(), agencyIds: 'everyone', itemId: 5 }));
    const attendance = doc.getMap<unknown>(MEETING.attendance);
    attendance.set('user-a', 'present');
    attendance.set('user-b', { displayName: 3, itemIds: 'all' });
    doc.getArray<unknown>(MEETING.agendaOrder).push([7, 'no-such-item']);
    doc.getMap<unknown>(MEETING.agendaItems).set('broken-item', 'not a map');
    const weird = new Y.XmlElement('unknownNode');
    weird.insert(0, [new Y.XmlText('strange but kept'), new Y.XmlElement('hardBreak')]);
    doc.getXmlFragment(notesFragmentName(standing.id)).insert(0, [weird]);
  });
  await server.services.documents.change(caseDocName(ids.meetingId, ids.daniel), (doc) => {
    doc.getMap<unknown>(CASE.actions).set('array-text', map({ text: new Y.Array(), status: 5, agencyId: ids.agency.housing, dueRelativeDays: 2.5 }));
    doc.getMap<unknown>(CASE.decisions).set('mixed-agencies', map({ text: new Y.Text('Mixed'), agencyIds: [1, ids.agency.housing, null], itemId: danielItem.id }));
    doc.getMap<unknown>(CASE.item).set(danielItem.id, 12);
    const risk = doc.getMap<unknown>(CASE.risk);
    risk.set('rosh', 'very high');
    risk.set('whoAtRisk', 17);
    doc.getMap<unknown>(CASE.pathways).set('accommodation', 5);
    doc.getMap<unknown>(CASE.dayOfRelease).set('firstNightAccommodation', map({ state: 9 }));
  });
});
afterAll(() => server?.stop());

describe('malformed values in the live documents', () => {
  it('still allow the close review and the close', async () => {
    expect((await chair.get(`/api/meetings/${ids.meetingId}/close-review`)).status).toBe(200);
    const closed = await chair.post(`/api/meetings/${ids.meetingId}/close`);
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  });

  it('render the minutes as JSON, HTML and PDF', async () => {
    const json = await chair.get(`/api/meetings/${ids.meetingId}/minutes`);
    expect(json.status).toBe(200);
    const record = json.body.record;
    expect(record.actions.find((a: { liveId: string }) => a.liveId === 'empty')).toMatchObject({ text: '', agencyId: '', status: 'open', dueDate: null });
    expect(record.actions.find((a: { liveId: string }) => a.liveId === 'array-text')).toMatchObject({ text: '', status: 'open', agencyId: ids.agency.housing });
    // Actions naming someone not on the agenda are kept in the record but shown to nobody (need-to-know).
    expect(record.actions.some((a: { liveId: string }) => a.liveId === 'wrong-types' || a.liveId === 'ghost')).toBe(false);
    expect(record.decisions.find((d: { id: string }) => d.id === 'wrong-types')).toMatchObject({ text: '', rationale: '', agencyIds: [] });
    expect(record.decisions.find((d: { id: string }) => d.id === 'mixed-agencies').agencyIds).toEqual([ids.agency.housing]);
    expect(record.actions.some((a: { liveId: string }) => a.liveId === 'not-a-map')).toBe(false);
    const html = await download(chair, `/api/meetings/${ids.meetingId}/minutes?format=html`);
    expect(html.status).toBe(200);
    expect(html.body.toString('utf8')).toContain('strange but kept');
    const pdf = await download(chair, `/api/meetings/${ids.meetingId}/minutes?format=pdf`);
    expect(pdf.status).toBe(200);
    expect((await pdfPages(pdf.body)).join('\n')).toContain('Decision: Mixed');
  });

  it('render the agency lists as PDF and CSV', async () => {
    for (const agencyId of [ids.agency.housing, ids.agency.police]) {
      const pdf = await download(chair, `/api/meetings/${ids.meetingId}/agency-actions/${agencyId}?format=pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const csv = await download(chair, `/api/meetings/${ids.meetingId}/agency-actions/${agencyId}?format=csv`);
      expect(csv.status).toBe(200);
    }
  });
});

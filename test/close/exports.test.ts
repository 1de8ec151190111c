// Exports of a closed meeting: each agency's list as PDF and CSV, and the minutes (JSON, HTML, PDF).
import { parse } from 'csv-parse/sync';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE, caseDocName, MEETING, meetingDocName, notesFragmentName, readAgenda } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { demoIds, download, pdfPages, plannedActions, prepareMeeting, type DemoIds } from './support.js';

let server: TestServer;
let ids: DemoIds;
let chair: ApiClient;
let housing: ApiClient;
const MANY = 40;

beforeAll(async () => {
  server = await startTestServer();
  ids = demoIds(server.demo);
  chair = await loginAs(server.url, 'chair', PASSWORD);
  expect((await chair.get(`/api/meetings/${ids.meetingId}/minutes`)).status).toBe(409);
  // Enough probation actions to need several pages.
  const extra = Array.from({ length: MANY }, (_, i) => ({
    key: `bulk-${i}`,
    body: { text: `Probation follow-up number ${i + 1}: review licence compliance and report to the panel`, agencyId: ids.agency.probation, owner: 'Priya Shah', dueDate: '2031-04-01' },
  }));
  await prepareMeeting(server.url, ids, [...plannedActions(ids), ...extra]);
  const userIds = server.demo.users;
  const [review, danielItem] = await server.services.documents.read(meetingDocName(ids.meetingId), readAgenda);
  // Daniel's decision and notes live in his case document; attendance in the meeting document.
  await server.services.documents.change(caseDocName(ids.meetingId, ids.daniel), (doc) => {
    const decision = new Y.Map<unknown>();
    doc.getMap(CASE.decisions).set('decision-1', decision);
    decision.set('itemId', danielItem.id);
    decision.set('personId', ids.daniel);
    decision.set('text', new Y.Text('Refer to approved premises'));
    decision.set('rationale', new Y.Text('No other accommodation can manage the risk to a known adult'));
    decision.set('agencyIds', [ids.agency.housing, ids.agency.probation]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Housing confirmed a hostel bed is unlikely before release.')]);
    doc.getXmlFragment(notesFragmentName(danielItem.id)).insert(0, [paragraph]);
  });
  await server.services.documents.change(meetingDocName(ids.meetingId), (doc) => {
    const attendance = doc.getMap(MEETING.attendance);
    attendance.set(userIds.chair._id, { displayName: 'Sam Okafor (SPO, chair)', agencyId: ids.agency.probation, firstSeen: new Date().toISOString(), itemIds: [review.id, danielItem.id] });
    attendance.set(userIds.housing._id, { displayName: 'Helen Marsh (Housing Options)', agencyId: ids.agency.housing, firstSeen: new Date().toISOString(), itemIds: [danielItem.id] });
  });
  expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);
  housing = await loginAs(server.url, 'housing', PASSWORD);
});
afterAll(() => server?.stop());

describe('agency list exports', () => {
  it('PDF: a real PDF with extractable text, the marking on every page and page numbers', async () => {
    const started = Date.now();
    const pdf = await download(chair, `/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.probation}?format=pdf`);
    console.log(`probation PDF (${MANY + 1} actions): ${pdf.body.length} bytes in ${Date.now() - started} ms`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toMatch(/attachment; filename="?actions-probation-service-\d{4}-\d{2}-\d{2}\.pdf"?/);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = await pdfPages(pdf.body);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text.match(/OFFICIAL-SENSITIVE/g)?.length, `page ${i + 1}`).toBe(2);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Actions for Probation Service');
    expect(all).toContain('IOM panel: pre-release cases');
    expect(all).toContain('Helen Marsh (Housing Options) (Local Authority Housing)');
    expect(all).toContain('Confirm licence conditions with the prison');
    expect(all).toContain(`Probation follow-up number ${MANY}`);
    expect(all).not.toContain('Book first-night accommodation');
  });

  it("PDF for housing lists housing's actions and the decision that binds it, nobody else's", async () => {
    const pdf = await download(housing, `/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}?format=pdf`);
    expect(pdf.status).toBe(200);
    const text = (await pdfPages(pdf.body)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Book first-night accommodation');
    expect(text).toContain('Refer to approved premises');
    expect(text).toContain('No other accommodation can manage the risk');
    expect(text).not.toContain('Confirm licence conditions');
    expect(text).not.toContain('Home visit after release');
  });

  it('CSV parses back into the same actions, with formula-like cells neutralised', async () => {
    const json = (await chair.get(`/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}`)).body;
    const csv = await download(housing, `/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv; charset=utf-8/);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    expect(rows.map((r) => r['Action id'])).toEqual(json.actions.map((a: { id: string }) => a.id));
    const unquote = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
    rows.forEach((row, i) => {
      const action = json.actions[i];
      expect(unquote(row.Action)).toBe(action.text);
      expect(unquote(row.Owner)).toBe(action.owner ?? '');
      expect(row['Due date']).toBe(action.dueDate ?? '');
      expect(row.Status).toBe(action.status);
      expect(row['Case reference']).toBe(action.case?.caseReference ?? '');
    });
    const formula = rows.find((r) => r.Action.includes('HYPERLINK'))!;
    expect(formula.Action).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(formula.Owner).toBe("'@helen");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('audits every export', async () => {
    const count = async (format: 'pdf' | 'csv') =>
      (await server.services.audit.search({ action: `agency-actions.export.${format}`, targetId: ids.meetingId }, { limit: 200 })).total;
    const before = { pdf: await count('pdf'), csv: await count('csv') };
    const path = `/api/meetings/${ids.meetingId}/agency-actions/${ids.agency.housing}`;
    expect((await download(housing, `${path}?format=pdf`)).status).toBe(200);
    expect((await download(housing, `${path}?format=csv`)).status).toBe(200);
    expect({ pdf: await count('pdf'), csv: await count('csv') }).toEqual({ pdf: before.pdf + 1, csv: before.csv + 1 });
  });
});

describe('minutes', () => {
  it('JSON record: attendance per item, decisions with rationale, notes as text, actions', async () => {
    const minutes = await chair.get(`/api/meetings/${ids.meetingId}/minutes`);
    expect(minutes.status).toBe(200);
    const { record, contentHash } = minutes.body;
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    const danielItem = record.agenda.find((i: { personId?: string }) => i.personId === ids.daniel);
    expect(danielItem.notes).toBe('Housing confirmed a hostel bed is unlikely before release.');
    const present = record.attendance.filter((a: { present: boolean }) => a.present).map((a: { displayName: string }) => a.displayName);
    expect(present.sort()).toEqual(['Helen Marsh (Housing Options)', 'Sam Okafor (SPO, chair)']);
    expect(record.attendance.find((a: { displayName: string }) => a.displayName === 'PC Dan Reeves').present).toBe(false);
    expect(record.decisions[0]).toMatchObject({ text: 'Refer to approved premises', rationale: expect.stringContaining('known adult') });
    expect(record.actions).toHaveLength(MANY + 4);
  });

  it('HTML and PDF list attendance per item, decisions with rationale and actions by agency', async () => {
    const html = await download(chair, `/api/meetings/${ids.meetingId}/minutes?format=html`);
    expect(html.type).toMatch(/^text\/html/);
    const page = html.body.toString('utf8');
    expect(page).toContain('OFFICIAL-SENSITIVE');
    expect(page).toMatch(/Daniel Hughes: release in 5 days<\/h2>[\s\S]*Present for this item:<\/strong> Sam Okafor \(SPO, chair\) \(Probation Service\), Helen Marsh/);
    expect(page).toContain('Rationale: No other accommodation can manage the risk to a known adult');
    expect(page).toContain('<h3>Local Authority Housing</h3>');
    // Action text is escaped, never markup.
    expect(page).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)');

    const pdf = await download(chair, `/api/meetings/${ids.meetingId}/minutes?format=pdf`);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = (await pdfPages(pdf.body)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Minutes: IOM panel: pre-release cases');
    expect(text).toContain('Decision: Refer to approved premises');
    expect(text).toContain('Police IOM Team');
    expect(text).toContain('OFFICIAL-SENSITIVE');
  });

  it('are refused to people outside the meeting and to guests', async () => {
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const outsider = await admin.post('/api/users', { username: 'outsider', displayName: 'Out Sider', agencyId: ids.agency.police, role: 'member', password: 'outsider-password' });
    expect(outsider.status).toBe(201);
    const client = await loginAs(server.url, 'outsider', 'outsider-password');
    expect((await client.get(`/api/meetings/${ids.meetingId}/minutes`)).status).toBe(403);
  });
});

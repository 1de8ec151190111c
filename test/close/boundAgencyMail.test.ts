// An agency bound by a decision but with no actions still gets its list by e-mail at close (issue 10 §7), through a
// real SMTP server: police own an action (positive control), probation only a decision, housing neither.
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE, caseDocName, meetingDocName, readAgenda } from '../../shared/live/layout.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { messageText, pdfAttachment, startSmtp, type TestSmtp } from '../support/smtp.js';
import { demoIds, pdfPages, prepareMeeting, waitFor } from './support.js';

let server: TestServer | undefined;
let smtp: TestSmtp | undefined;
afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

describe('e-mail at close for an agency bound by a decision', () => {
  it('sends probation its list (the decision) though it has no action, and nothing to an agency named by neither', async () => {
    smtp = await startSmtp(() => false);
    server = await startTestServer({
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, allowPlaintext: true, from: 'Roundtable <roundtable@example.test>' },
      mail: { pollIntervalMs: 100, maxAttempts: 3, retryBaseMs: 100 },
    });
    const ids = demoIds(server.demo);
    const { chair } = await prepareMeeting(server.url, ids, [
      { key: 'police-visit', body: { text: 'Home visit after release', agencyId: ids.agency.police, owner: 'PC Dan Reeves', personId: ids.kayleigh, dueDate: '2031-01-15' } },
    ]);
    const [, danielItem] = await server.services.documents.read(meetingDocName(ids.meetingId), readAgenda);
    await server.services.documents.change(caseDocName(ids.meetingId, ids.daniel), (doc) => {
      const decision = new Y.Map<unknown>();
      doc.getMap(CASE.decisions).set('decision-bound', decision);
      decision.set('itemId', danielItem!.id);
      decision.set('personId', ids.daniel);
      decision.set('text', new Y.Text('Probation to apply for an approved premises place'));
      decision.set('rationale', new Y.Text('No other accommodation manages the risk'));
      decision.set('agencyIds', [ids.agency.probation]);
      decision.set('createdAt', new Date().toISOString());
    });
    expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);

    const emails = await waitFor('the e-mails sent', async () => {
      const list = (await chair.get(`/api/meetings/${ids.meetingId}/emails`)).body.items as { agencyId: string; state: string }[];
      return list.length === 2 && list.every((e) => e.state === 'sent') && list;
    });
    expect(emails.map((e) => e.agencyId).sort()).toEqual([ids.agency.police, ids.agency.probation].sort());
    const agencies = (await chair.get('/api/agencies?limit=50')).body.items as { _id: string; name: string; contactEmail: string }[];
    const probation = agencies.find((a) => a._id === ids.agency.probation)!;
    const housing = agencies.find((a) => a._id === ids.agency.housing)!;
    const toProbation = smtp.received.filter((m) => m.to.includes(probation.contactEmail));
    expect(toProbation).toHaveLength(1);
    expect(messageText(toProbation[0]!.raw)).toMatch(/0 new actions from this meeting.*1 decision binding your agency/s);
    const pdf = pdfAttachment(toProbation[0]!.raw);
    expect((await pdfPages(pdf!.data)).join(' ')).toContain('Probation to apply for an approved premises place');
    expect(smtp.received.filter((m) => m.to.includes(housing.contactEmail))).toHaveLength(0);
  });
});

// SMTP needs TLS unless SMTP_ALLOW_PLAINTEXT=1: against a server that offers no STARTTLS, no message is sent
// and each e-mail fails with a clear 'TLS required' reason. Under load an attempt can also meet a dropped
// connection (ESOCKET (ECONNRESET), ECONNECTION) before the STARTTLS refusal, so each message gets three
// attempts and the test asks what matters: nothing sent, every message failed, every failure described
// (never a bare code), and the TLS refusal named for every message.
import { afterAll, describe, expect, it } from 'vitest';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting, waitFor } from './support.js';

let smtp: TestSmtp | undefined;
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

describe('SMTP without TLS', () => {
  it('sends nothing to a server without STARTTLS and says TLS was required', async () => {
    smtp = await startSmtp();
    server = await startTestServer({
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'Roundtable <roundtable@example.test>' },
      mail: { pollIntervalMs: 100, maxAttempts: 3, retryBaseMs: 100 },
    });
    const ids = demoIds(server.demo);
    const { chair } = await prepareMeeting(server.url, ids);
    expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);

    const failed = await waitFor('all e-mails failed', async () => {
      const list = (await chair.get(`/api/meetings/${ids.meetingId}/emails`)).body.items as { agencyId: string; state: string; attempts: number; lastError?: string }[];
      return list.length > 0 && list.every((e) => e.state === 'failed') && list;
    });
    const TLS = /^TLS required: the mail server did not set up TLS \(.*\), ETLS, /;
    const DROPPED = /^E(SOCKET|CONNECTION|TIMEDOUT)\b.*, message: \S/;
    const reasons = await server.services.audit.list({ targetId: ids.meetingId });
    for (const email of failed) {
      expect(email.attempts).toBe(3);
      expect(email.lastError).not.toContain('@');
      expect([TLS, DROPPED].some((re) => re.test(email.lastError ?? '')), email.lastError).toBe(true);
      const ofThis = reasons
        .filter((r) => (r.action === 'email.retry' || r.action === 'email.failed') && r.details?.agencyId === email.agencyId)
        .map((r) => String(r.details?.reason));
      expect(ofThis, JSON.stringify(ofThis)).toHaveLength(3);
      for (const reason of ofThis) expect([TLS, DROPPED].some((re) => re.test(reason)), reason).toBe(true);
      expect(ofThis.some((reason) => TLS.test(reason)), JSON.stringify(ofThis)).toBe(true);
    }
    expect(smtp.received).toHaveLength(0);
  });
});

// SMTP needs TLS unless SMTP_ALLOW_PLAINTEXT=1: against a server that offers no STARTTLS, no message is sent
// and each e-mail fails with a clear 'TLS required' reason.
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
      mail: { pollIntervalMs: 100, maxAttempts: 1, retryBaseMs: 100 },
    });
    const ids = demoIds(server.demo);
    const { chair } = await prepareMeeting(server.url, ids);
    expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);

    const failed = await waitFor('all e-mails failed', async () => {
      const list = (await chair.get(`/api/meetings/${ids.meetingId}/emails`)).body.items as { state: string; lastError?: string }[];
      return list.length > 0 && list.every((e) => e.state === 'failed') && list;
    });
    for (const email of failed) {
      expect(email.lastError).toMatch(/^TLS required: the mail server did not set up TLS/);
      expect(email.lastError).not.toContain('@');
    }
    expect(smtp.received).toHaveLength(0);
  });
});

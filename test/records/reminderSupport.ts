// Runs the real server process (the demo partnership) as of a given UK day with the reminder sweep on, against a real
// SMTP server, for the tests of reminders that must be sent once across restarts. "Today" is set per run with
// REMINDER_TODAY (honoured only under NODE_ENV=test); each sweep logs its counts at debug level so a run can wait for one.
import { expect } from 'vitest';
import { loginAs, type ApiClient } from '../support/http.js';
import { spawnServer, waitForExit, type ServerProcess } from '../support/process.js';
import { PASSWORD } from '../support/server.js';
import type { TestSmtp } from '../support/smtp.js';

interface SeenNotification {
  kind: string;
  title: string;
  body: string;
  link?: string;
}

export class ReminderRuns {
  running: ServerProcess | null = null;

  constructor(private readonly smtp: () => TestSmtp) {}

  async waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${this.running ? `\n${this.running.output().slice(-2000)}` : ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  sweeps(server: ServerProcess): number {
    return server.output().split('"msg":"reminder sweep"').length - 1;
  }

  async start(dataDir: string, env: Record<string, string>): Promise<ServerProcess> {
    this.running = await spawnServer(
      {
        DATA_DIR: dataDir,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(this.smtp().port),
        SMTP_ALLOW_PLAINTEXT: '1',
        MAIL_POLL_MS: '100',
        MAIL_RETRY_BASE_MS: '100',
        // Debug: every sweep logs its counts (never who or which case), so the test can wait for one.
        LOG_LEVEL: 'debug',
        ...env,
      },
      'server/scripts/demo.ts',
    );
    return this.running;
  }

  async stop(server: ServerProcess): Promise<void> {
    server.child.kill('SIGTERM');
    expect(await waitForExit(server.child)).toBe(0);
    this.running = null;
  }

  /** SIGKILLs a server a failed test left running. */
  kill(): void {
    this.running?.child.kill('SIGKILL');
    this.running = null;
  }

  /**
   * Runs the server as of `today` until two sweeps have run after `username` signed in, and until that user has at
   * least the expected notifications of the kinds kept and `address` the expected e-mails; returns those notifications.
   */
  async runAsOf(
    dataDir: string,
    today: string,
    expected: { username: string; address: string; notifications: number; emails: number; kinds: (kind: string) => boolean },
    env: Record<string, string> = {},
  ): Promise<SeenNotification[]> {
    const server = await this.start(dataDir, { REMINDER_INTERVAL_MS: '200', REMINDER_TODAY: today, ...env });
    const user: ApiClient = await loginAs(server.url, expected.username, PASSWORD);
    // At least two sweeps after start: the first ran before the port opened, the second after we signed in.
    const before = this.sweeps(server);
    await this.waitFor('two reminder sweeps', () => this.sweeps(server) >= Math.max(2, before + 1));
    const list = await this.waitFor(`${expected.notifications} notifications`, async () => {
      const found = (await user.get('/api/notifications?limit=50')).body.items as SeenNotification[];
      const kept = found.filter((n) => expected.kinds(n.kind));
      return kept.length >= expected.notifications && kept;
    });
    await this.waitFor(`${expected.emails} e-mails to ${expected.username}`, () => this.smtp().received.filter((m) => m.to.includes(expected.address)).length >= expected.emails);
    await this.stop(server);
    return list;
  }
}

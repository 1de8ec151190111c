// All settings come from the environment; secrets never have a production default.
import { randomBytes } from 'node:crypto';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  mongoUri?: string;
  redisUrl?: string;
  sessionSecret: string;
  /** A session unused for this long ends (SESSION_IDLE_MINUTES, formerly SESSION_MAX_AGE_MINUTES). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in however much it is used (SESSION_ABSOLUTE_HOURS). */
  sessionAbsoluteMs: number;
  /** Failed sign-ins allowed per address in 15 minutes. */
  loginAttemptLimit: number;
  trustProxy: boolean;
  production: boolean;
  /** Session cookies only over HTTPS: in production, except the local demo (npm run demo on http://localhost). */
  secureCookies: boolean;
  /**
   * Also accept a request whose Origin is the host it was sent to (development, tests on random ports, the local
   * demo). Never in a real production run, where only PUBLIC_URL and ALLOWED_ORIGINS count.
   */
  sameHostOrigins: boolean;
  clientDist?: string;
  logLevel: string;
  /** allowPlaintext (SMTP_ALLOW_PLAINTEXT=1) lets a local relay without STARTTLS be used; otherwise TLS is required. */
  smtp: { host?: string; port: number; secure: boolean; allowPlaintext?: boolean; user?: string; pass?: string; from: string };
  /** The e-mail outbox worker: poll interval, attempts before 'failed', first retry delay (doubling). */
  mail: { pollIntervalMs: number; maxAttempts: number; retryBaseMs: number };
  publicUrl: string;
  /** How long live edits of one user in one document are gathered into one audit entry (tests shorten it). */
  auditEditWindowMs?: number;
  /** How long a live document update waits for others to join its write to disk (GROUP_COMMIT_MS, default 25). */
  groupCommitMs?: number;
  /** Origins besides PUBLIC_URL's whose pages may send state-changing requests (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /**
   * Reminders to action owners: sweep every intervalMs (REMINDER_INTERVAL_MS; 0 = off; default 15 minutes, off under
   * NODE_ENV=test unless set), daysBefore the due date (REMINDER_DAYS_BEFORE, default 2); today (REMINDER_TODAY,
   * YYYY-MM-DD) only under NODE_ENV=test, so tests can sweep as of a chosen UK date.
   */
  reminders: { intervalMs: number; daysBefore: number; today?: string };
}

const MINUTE = 60_000;

/** The idle limit in minutes: SESSION_IDLE_MINUTES, else the older SESSION_MAX_AGE_MINUTES, else 30. */
function idleMinutes(env: NodeJS.ProcessEnv): number {
  return positive('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES ?? env.SESSION_MAX_AGE_MINUTES, 30);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
  return number;
}

function reminderSettings(env: NodeJS.ProcessEnv): Config['reminders'] {
  const test = env.NODE_ENV === 'test';
  const interval = env.REMINDER_INTERVAL_MS;
  const intervalMs = interval === undefined || interval === '' ? (test ? 0 : 15 * MINUTE) : Number(interval);
  if (!Number.isFinite(intervalMs) || intervalMs < 0) throw new Error(`REMINDER_INTERVAL_MS must be 0 (off) or a positive number, not "${interval}"`);
  const days = env.REMINDER_DAYS_BEFORE;
  const daysBefore = days === undefined || days === '' ? 2 : Number(days);
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || daysBefore > 60) throw new Error(`REMINDER_DAYS_BEFORE must be a whole number of days from 0 to 60, not "${days}"`);
  const today = test && env.REMINDER_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.REMINDER_TODAY) ? env.REMINDER_TODAY : undefined;
  return { intervalMs, daysBefore, ...(today ? { today } : {}) };
}

function origins(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        return new URL(entry).origin;
      } catch {
        throw new Error(`ALLOWED_ORIGINS has "${entry}", which is not an origin such as https://roundtable.example.gov.uk`);
      }
    });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  const secret = env.SESSION_SECRET;
  // `npm run demo` runs production code on http://localhost with a throw-away secret (ALLOW_EPHEMERAL_SECRET=1).
  const localDemo = env.ALLOW_EPHEMERAL_SECRET === '1';
  const strict = production && !localDemo;
  if (strict && !secret) throw new Error('SESSION_SECRET must be set when NODE_ENV=production (e.g. openssl rand -hex 32)');
  if (strict && !env.PUBLIC_URL) {
    throw new Error('PUBLIC_URL must be set when NODE_ENV=production: the https address people use, e.g. https://roundtable.example.gov.uk');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? './data',
    mongoUri: env.MONGODB_URI || undefined,
    redisUrl: env.REDIS_URL || undefined,
    sessionSecret: secret ?? randomBytes(32).toString('hex'),
    sessionIdleMs: idleMinutes(env) * MINUTE,
    sessionAbsoluteMs: positive('SESSION_ABSOLUTE_HOURS', env.SESSION_ABSOLUTE_HOURS, 12) * 60 * MINUTE,
    loginAttemptLimit: Number(env.LOGIN_ATTEMPT_LIMIT ?? (env.NODE_ENV === 'test' ? 1000 : 10)),
    trustProxy: env.TRUST_PROXY === '1',
    production,
    secureCookies: strict,
    sameHostOrigins: !strict,
    clientDist: env.CLIENT_DIST,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    smtp: {
      host: env.SMTP_HOST || undefined,
      port: Number(env.SMTP_PORT ?? 587),
      secure: env.SMTP_SECURE === '1',
      allowPlaintext: env.SMTP_ALLOW_PLAINTEXT === '1',
      user: env.SMTP_USER || undefined,
      pass: env.SMTP_PASS || undefined,
      from: env.SMTP_FROM ?? 'Roundtable <roundtable@localhost>',
    },
    mail: {
      pollIntervalMs: Number(env.MAIL_POLL_MS ?? 5000),
      maxAttempts: Number(env.MAIL_MAX_ATTEMPTS ?? 5),
      retryBaseMs: Number(env.MAIL_RETRY_BASE_MS ?? 60_000),
    },
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    reminders: reminderSettings(env),
    ...(env.GROUP_COMMIT_MS ? { groupCommitMs: positive('GROUP_COMMIT_MS', env.GROUP_COMMIT_MS, 25) } : {}),
    ...overrides,
  };
}

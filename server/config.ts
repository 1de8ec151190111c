// All settings come from the environment; secrets never have a production default.
import { randomBytes } from 'node:crypto';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  mongoUri?: string;
  redisUrl?: string;
  sessionSecret: string;
  sessionMaxAgeMinutes: number;
  /** Failed sign-ins allowed per address in 15 minutes. */
  loginAttemptLimit: number;
  trustProxy: boolean;
  production: boolean;
  clientDist?: string;
  logLevel: string;
  smtp: { host?: string; port: number; secure: boolean; user?: string; pass?: string; from: string };
  /** The e-mail outbox worker: poll interval, attempts before 'failed', first retry delay (doubling). */
  mail: { pollIntervalMs: number; maxAttempts: number; retryBaseMs: number };
  publicUrl: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  const secret = env.SESSION_SECRET;
  if (production && !secret && env.ALLOW_EPHEMERAL_SECRET !== '1') {
    // A fresh random secret only logs everyone out at restart; say so rather than fail the demo.
    console.warn('SESSION_SECRET is not set: using a random one, sessions will not survive a restart');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? './data',
    mongoUri: env.MONGODB_URI || undefined,
    redisUrl: env.REDIS_URL || undefined,
    sessionSecret: secret ?? randomBytes(32).toString('hex'),
    sessionMaxAgeMinutes: Number(env.SESSION_MAX_AGE_MINUTES ?? 8 * 60),
    loginAttemptLimit: Number(env.LOGIN_ATTEMPT_LIMIT ?? (env.NODE_ENV === 'test' ? 1000 : 10)),
    trustProxy: env.TRUST_PROXY === '1',
    production,
    clientDist: env.CLIENT_DIST,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    smtp: {
      host: env.SMTP_HOST || undefined,
      port: Number(env.SMTP_PORT ?? 587),
      secure: env.SMTP_SECURE === '1',
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
    ...overrides,
  };
}

// Account lockout and progressive delay settings, read from the environment (to move into config.ts).
export interface LockoutSettings {
  /** Failed sign-ins for one account, from any address, that lock it. */
  threshold: number;
  /** The window those failures are counted in. */
  windowMs: number;
  /** How long a locked account stays locked. */
  lockMs: number;
  /** Failures answered without delay; each further one doubles the delay from delayBaseMs up to delayMaxMs. */
  delayFreeFailures: number;
  delayBaseMs: number;
  delayMaxMs: number;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, not "${raw}"`);
  return value;
}

/** LOCKOUT_THRESHOLD (20), LOCKOUT_WINDOW_SECONDS (900), LOCKOUT_SECONDS (900), LOGIN_DELAY_* (250 ms after 5, max 4 s; 0 in tests). */
export function lockoutSettings(env: NodeJS.ProcessEnv = process.env): LockoutSettings {
  const test = env.NODE_ENV === 'test';
  return {
    threshold: Math.max(1, Math.floor(positive(env, 'LOCKOUT_THRESHOLD', 20))),
    windowMs: positive(env, 'LOCKOUT_WINDOW_SECONDS', 15 * 60) * 1000,
    lockMs: positive(env, 'LOCKOUT_SECONDS', 15 * 60) * 1000,
    delayFreeFailures: positive(env, 'LOGIN_DELAY_FREE_FAILURES', 5),
    delayBaseMs: positive(env, 'LOGIN_DELAY_BASE_MS', test ? 0 : 250),
    delayMaxMs: positive(env, 'LOGIN_DELAY_MAX_MS', 4000),
  };
}

/** The delay before answering the n-th failure in a row for an account: none, then doubling, capped. */
export function progressiveDelayMs(failures: number, settings: Pick<LockoutSettings, 'delayFreeFailures' | 'delayBaseMs' | 'delayMaxMs'>): number {
  const over = failures - settings.delayFreeFailures;
  if (over <= 0 || settings.delayBaseMs <= 0) return 0;
  return Math.min(settings.delayMaxMs, settings.delayBaseMs * 2 ** Math.min(over - 1, 30));
}

/** "10:42" in UK time, for "Try again after 10:42". */
export function ukClockTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/London' }).format(at);
}

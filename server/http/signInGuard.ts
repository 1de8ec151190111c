// Per-account lockout around every credential check of signing in (password, second factor), with audit
// entries and the one message that says when to try again without saying whether the account exists.
import type { Request, Response } from 'express';
import { lockoutSettings, progressiveDelayMs, ukClockTime } from '../auth/lockout/settings.js';
import type { Services } from '../services/index.js';
import { DomainError } from '../errors.js';
import type { AuditedError } from './errors.js';

/** A locked account (or unknown username): 429 naming the time the lock ends. */
export class AccountLocked extends DomainError implements AuditedError {
  readonly audited = true;
  constructor(until: Date) {
    super(429, `Too many failed sign-ins for this account. Try again after ${ukClockTime(until)}.`, { retryAfter: until.toISOString() });
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function lockedError(res: Response, until: Date): AccountLocked {
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000))));
  return new AccountLocked(until);
}

export function signInGuard(services: Pick<Services, 'signInLockout' | 'audit'>, env: NodeJS.ProcessEnv = process.env) {
  const settings = lockoutSettings(env);
  const lockout = services.signInLockout(settings);
  const where = (req: Request, username: string) => ({ username, ip: req.ip ?? '' });

  return {
    settings,
    /** Throws 429 while the account is locked; even a right password does not pass. */
    async refuseIfLocked(req: Request, res: Response, username: string): Promise<void> {
      const until = await lockout.lockedUntil(username);
      if (!until) return;
      await services.audit.record(null, 'auth.login-locked', 'user', undefined, where(req, username));
      throw lockedError(res, until);
    },
    /**
     * Counts a failure for the account and audits it (`action`); locks the account at the threshold
     * ('auth.lockout'). Resolves after the progressive delay; the caller then answers its refusal.
     */
    async recordFailure(req: Request, res: Response, username: string, action: string, userId: string | null = null): Promise<void> {
      const outcome = await lockout.recordFailure(username);
      await services.audit.record(userId, action, 'user', userId ?? undefined, where(req, username));
      if (outcome.lockedUntil) {
        await services.audit.record(null, 'auth.lockout', 'user', undefined, {
          ...where(req, username),
          failures: outcome.failures,
          until: outcome.lockedUntil.toISOString(),
        });
        throw lockedError(res, outcome.lockedUntil);
      }
      await sleep(progressiveDelayMs(outcome.failures, settings));
    },
    /** A complete sign-in forgets the account's failures. */
    clear(username: string): Promise<void> {
      return lockout.clear(username);
    },
  };
}
export type SignInGuard = ReturnType<typeof signInGuard>;

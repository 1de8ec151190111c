// Per-account failure counting and lockout, from any address, kept in the store so every instance agrees.
// Unknown usernames are counted and locked exactly like real ones: a lockout says nothing about existence.
import type { Collection } from '../../store/port.js';
import type { ThrottleDoc } from '../../store/records.js';
import type { LockoutSettings } from './settings.js';

export interface FailureOutcome {
  failures: number;
  /** Set when this failure locked the account. */
  lockedUntil: Date | null;
}

/** The key of an account: what was typed, normalised (usernames are lower-case). */
export function accountKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}

export function accountLockout(docs: Collection<ThrottleDoc>, settings: LockoutSettings, now: () => number = Date.now) {
  return {
    /** When the account's lock ends, or null when it is not locked. */
    async lockedUntil(username: string): Promise<Date | null> {
      const doc = await docs.findOne({ _id: accountKey(username) });
      const until = doc?.lockedUntil ? Date.parse(doc.lockedUntil) : 0;
      return until > now() ? new Date(until) : null;
    },

    async recordFailure(username: string): Promise<FailureOutcome> {
      const _id = accountKey(username);
      const t = now();
      const doc = await docs.findOne({ _id });
      let failures: number;
      if (!doc || Date.parse(doc.windowStart) + settings.windowMs <= t) {
        const expiresAt = new Date(t + settings.windowMs);
        await docs.updateOne({ _id }, { $set: { windowStart: new Date(t).toISOString(), failures: 1, expiresAt } }, { upsert: true });
        failures = 1;
      } else {
        const updated = await docs.findOneAndUpdate({ _id }, { $inc: { failures: 1 } });
        failures = updated?.failures ?? 1;
      }
      if (failures < settings.threshold) return { failures, lockedUntil: null };
      // Locked: the count starts again when the lock ends.
      const until = t + settings.lockMs;
      const restart = new Date(until).toISOString();
      await docs.updateOne({ _id }, { $set: { lockedUntil: restart, windowStart: restart, failures: 0, expiresAt: new Date(until + settings.windowMs) } });
      return { failures, lockedUntil: new Date(until) };
    },

    /** A complete sign-in forgets the account's failures. */
    async clear(username: string): Promise<void> {
      await docs.deleteMany({ _id: accountKey(username) });
    },
  };
}

import { describe, expect, it } from 'vitest';
import { lockoutSettings, progressiveDelayMs, ukClockTime } from './settings.js';

describe('lockout settings', () => {
  it('defaults to 20 failures in 15 minutes locking for 15 minutes', () => {
    expect(lockoutSettings({})).toMatchObject({ threshold: 20, windowMs: 900_000, lockMs: 900_000, delayBaseMs: 250 });
    expect(lockoutSettings({ NODE_ENV: 'test' }).delayBaseMs).toBe(0);
  });
  it('refuses nonsense', () => {
    expect(() => lockoutSettings({ LOCKOUT_SECONDS: 'soon' })).toThrow(/LOCKOUT_SECONDS/);
  });
  it('delays progressively after the free failures, up to the cap', () => {
    const settings = { delayFreeFailures: 5, delayBaseMs: 250, delayMaxMs: 4000 };
    expect([1, 5, 6, 7, 8, 9, 10, 11, 50].map((n) => progressiveDelayMs(n, settings))).toEqual([0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000]);
  });
  it('names the time in UK time', () => {
    expect(ukClockTime(new Date('2026-07-01T09:42:10Z'))).toBe('10:42');
    expect(ukClockTime(new Date('2026-01-01T09:42:10Z'))).toBe('09:42');
  });
});

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../store/embedded.js';
import type { Store } from '../../store/port.js';
import { accountLockout } from './accountLockout.js';

describe('account lockout', () => {
  let store: Store;
  // Near the real time: the store's TTL index forgets documents whose expiresAt has passed.
  let clock = Date.now();
  const settings = { threshold: 3, windowMs: 60_000, lockMs: 30_000, delayFreeFailures: 5, delayBaseMs: 0, delayMaxMs: 0 };
  beforeAll(async () => {
    store = await openEmbeddedStore(await mkdtemp(path.join(tmpdir(), 'roundtable-lockout-')));
  });
  afterAll(() => store.close());

  it('locks at the threshold within the window, for the lock period, then counts afresh', async () => {
    const lockout = accountLockout(store.collection('signInThrottle'), settings, () => clock);
    expect((await lockout.recordFailure('Chair')).failures).toBe(1);
    expect((await lockout.recordFailure('chair ')).failures).toBe(2);
    const third = await lockout.recordFailure('chair');
    expect(third.lockedUntil?.getTime()).toBe(clock + 30_000);
    expect(await lockout.lockedUntil('CHAIR')).toEqual(third.lockedUntil);
    clock += 30_001;
    expect(await lockout.lockedUntil('chair')).toBeNull();
    expect((await lockout.recordFailure('chair')).failures).toBe(1);
  });

  it('forgets failures outside the window and at a complete sign-in', async () => {
    const lockout = accountLockout(store.collection('signInThrottle'), settings, () => clock);
    await lockout.recordFailure('housing');
    await lockout.recordFailure('housing');
    clock += 60_001;
    expect((await lockout.recordFailure('housing')).failures).toBe(1);
    await lockout.clear('housing');
    expect((await lockout.recordFailure('housing')).failures).toBe(1);
  });
});

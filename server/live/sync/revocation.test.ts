// Which open connections an access change reaches, at once and on the interval sweep.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainEventBus } from '../../services/events.js';
import { ConnectionRegistry, type LiveConnection } from './connections.js';
import { revokeOnAccessChange } from './revocation.js';

function connection(userId: string | null, meetingId: string): LiveConnection & { checks: number } {
  const c = { docName: `meeting.${meetingId}`, meetingId, userId, access: null, cookie: 'c', checks: 0, recheck: () => void c.checks++ };
  return c;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('revokeOnAccessChange', () => {
  it('re-checks, synchronously, the connections of the user or meeting named, and not yet authenticated ones', () => {
    const events = new DomainEventBus();
    const registry = new ConnectionRegistry();
    const mine = connection('u1', 'm1');
    const sameMeeting = connection('u2', 'm1');
    const elsewhere = connection('u2', 'm2');
    const opening = connection(null, 'm3');
    for (const c of [mine, sameMeeting, elsewhere, opening]) registry.add(c);
    const stop = revokeOnAccessChange(events, registry, 60_000);

    events.emit('access:changed', { userId: 'u1' });
    expect([mine.checks, sameMeeting.checks, elsewhere.checks, opening.checks]).toEqual([1, 0, 0, 1]);
    events.emit('access:changed', { meetingId: 'm1' });
    expect([mine.checks, sameMeeting.checks, elsewhere.checks, opening.checks]).toEqual([2, 1, 0, 2]);
    events.emit('access:changed', {});
    expect([mine.checks, sameMeeting.checks, elsewhere.checks, opening.checks]).toEqual([3, 2, 1, 3]);
    stop();
    events.emit('access:changed', {});
    expect(mine.checks).toBe(3);
  });

  it('re-checks every connection on the interval (expired sessions), and forgets removed ones', () => {
    vi.useFakeTimers();
    const events = new DomainEventBus();
    const registry = new ConnectionRegistry();
    const kept = connection('u1', 'm1');
    const gone = connection('u2', 'm2');
    registry.add(kept);
    const remove = registry.add(gone);
    const stop = revokeOnAccessChange(events, registry, 60_000);
    vi.advanceTimersByTime(60_000);
    expect([kept.checks, gone.checks]).toEqual([1, 1]);
    remove();
    vi.advanceTimersByTime(60_000);
    expect([kept.checks, gone.checks]).toEqual([2, 1]);
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import { unsentChangesRegistry } from './unsentChanges.js';

const probation = { _id: 'p', displayName: 'Priya Shah', agencyId: 'probation' };
const housing = { _id: 'h', displayName: 'Helen Marsh', agencyId: 'housing' };

describe('unsent changes registry', () => {
  it('lists a client that reports unsent changes until it reports them sent', () => {
    const registry = unsentChangesRegistry();
    registry.report('m', probation, true, '2026-01-01T10:00:00Z');
    registry.report('m', probation, true, '2026-01-01T10:00:05Z');
    expect(registry.list('m')).toEqual([{ userId: 'p', displayName: 'Priya Shah', agencyId: 'probation', reason: 'unsent', since: '2026-01-01T10:00:00Z' }]);
    registry.report('m', probation, false);
    expect(registry.list('m')).toEqual([]);
  });

  it('lists a lost connection until the user rejoins, but not a clean leave', () => {
    const registry = unsentChangesRegistry();
    registry.disconnected('m', probation, true, '2026-01-01T10:01:00Z');
    registry.disconnected('m', housing, false);
    expect(registry.list('m').map((e) => [e.userId, e.reason])).toEqual([['p', 'connection-lost']]);
    registry.rejoined('m', 'p');
    expect(registry.list('m')).toEqual([]);
  });

  it('keeps a user who left while holding changes, and forgets the meeting at close', () => {
    const registry = unsentChangesRegistry();
    registry.report('m', housing, true);
    expect(registry.list('m')).toHaveLength(1);
    registry.disconnected('m', housing, false);
    expect(registry.list('m')[0]!.reason).toBe('connection-lost');
    registry.forget('m');
    expect(registry.list('m')).toEqual([]);
  });
});

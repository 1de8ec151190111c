// The awareness rules without a server: the wire format round trip, stamping, and who may use which client id.
import { describe, expect, it } from 'vitest';
import { admitAwareness, AwarenessOwners, decodeAwarenessUpdate, encodeAwarenessUpdate, MAX_IDS_PER_SOCKET, type StampedUser } from './awareness.js';

const housing: StampedUser = { id: 'u-housing', name: 'Helen Marsh', agency: 'Housing', agencyId: 'a-housing' };
const chair: StampedUser = { id: 'u-chair', name: 'Chair Person', agency: 'Probation', agencyId: 'a-probation' };

const entry = (clientId: number, clock: number, state: Record<string, unknown> | null) => ({ clientId, clock, state, valid: true });

describe('awareness', () => {
  it('round-trips the y-protocols format and stamps the session’s user, keeping colour and other fields', () => {
    const claimed = { user: { id: chair.id, name: 'Not Me', agency: 'Probation', color: '#d4351c' }, editing: 'risk.whoAtRisk', cursor: { anchor: 1 } };
    const decoded = decodeAwarenessUpdate(encodeAwarenessUpdate([entry(7, 3, claimed)]));
    expect(decoded).toEqual([entry(7, 3, claimed)]);
    const { admitted } = admitAwareness(decoded, {}, housing, new AwarenessOwners());
    expect(admitted[0].state).toEqual({ user: { color: '#d4351c', ...housing }, editing: 'risk.whoAtRisk', cursor: { anchor: 1 } });
  });

  it('drops states that are not objects and colours that are not colours', () => {
    const decoded = decodeAwarenessUpdate(encodeAwarenessUpdate([{ ...entry(1, 1, null), state: [1, 2] as never }, entry(2, 1, { user: { color: 'url(x)' } })]));
    const { admitted, dropped } = admitAwareness(decoded, {}, housing, new AwarenessOwners());
    expect(dropped).toBe(1);
    expect(admitted[0].state).toEqual({ user: housing });
  });

  it('binds a client id to the socket that used it first: another user’s socket can neither update nor remove it', () => {
    const owners = new AwarenessOwners();
    const first = {};
    const other = {};
    expect(admitAwareness([entry(5, 1, { editing: 'a' })], first, housing, owners).dropped).toBe(0);
    expect(admitAwareness([entry(5, 2, { editing: 'b' }), entry(5, 3, null)], other, chair, owners)).toEqual({ admitted: [], dropped: 2 });
    // The same user's new socket (a reconnection) may take it over; then the old one no longer owns it.
    const reconnected = {};
    expect(admitAwareness([entry(5, 4, { editing: 'c' })], reconnected, housing, owners).dropped).toBe(0);
    expect(owners.owns(5, first)).toBe(false);
    expect(admitAwareness([entry(5, 5, null)], reconnected, housing, owners).dropped).toBe(0);
  });

  it('limits the client ids one socket may use', () => {
    const owners = new AwarenessOwners();
    const socket = {};
    const entries = Array.from({ length: MAX_IDS_PER_SOCKET + 2 }, (_, i) => entry(100 + i, 1, {}));
    expect(admitAwareness(entries, socket, housing, owners).dropped).toBe(2);
  });
});

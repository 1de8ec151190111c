import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clocksOf, coveredBy } from './pendingStore';

describe('changes kept on this device', () => {
  it('knows when the server holds every change of a stored update', () => {
    const server = new Y.Doc();
    server.getText('t').insert(0, 'held');
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(server));
    const updates: Uint8Array[] = [];
    local.on('update', (update: Uint8Array) => updates.push(update));
    local.getText('t').insert(4, ' and more');
    local.getText('t').insert(0, '!');
    const pending = Y.mergeUpdates(updates);
    expect(clocksOf(pending).get(local.clientID)).toBe(Y.getState(local.store, local.clientID));
    expect(coveredBy(pending, Y.decodeStateVector(Y.encodeStateVector(server)))).toBe(false);
    Y.applyUpdate(server, pending);
    expect(coveredBy(pending, Y.decodeStateVector(Y.encodeStateVector(server)))).toBe(true);
  });
});

// Awareness (who is here, their cursors) of one document goes out to its sockets coalesced: the changes of a short
// interval become one message, encoded once for every socket, not one message per change and socket. Each socket's
// own awareness client ids are tracked here too, so that they can be removed when the socket goes.
import type { Awareness } from 'y-protocols/awareness';
import { awarenessMessage } from './protocol.js';

/** How long awareness changes gather before they go out (a cursor moved twice in that time is sent once). */
export const AWARENESS_COALESCE_MS = 30;

interface Member {
  send(message: Uint8Array): void;
  /** Awareness client ids this socket set (and has not removed). */
  controlled: Set<number>;
}

interface Relay {
  members: Map<object, Member>;
  pending: Set<number>;
  timer: NodeJS.Timeout | null;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

const relays = new WeakMap<Awareness, Relay>();

function relayOf(awareness: Awareness): Relay {
  const relay = relays.get(awareness);
  if (relay) return relay;
  const created: Relay = { members: new Map(), pending: new Set(), timer: null };
  relays.set(awareness, created);
  const flush = () => {
    created.timer = null;
    if (created.pending.size === 0 || created.members.size === 0) return created.pending.clear();
    const message = awarenessMessage(awareness, [...created.pending]);
    created.pending.clear();
    for (const member of created.members.values()) member.send(message);
  };
  awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    const member = origin === null || origin === undefined ? undefined : created.members.get(origin);
    if (member) {
      for (const id of added) member.controlled.add(id);
      for (const id of updated) member.controlled.add(id);
      for (const id of removed) member.controlled.delete(id);
    }
    for (const id of added) created.pending.add(id);
    for (const id of updated) created.pending.add(id);
    for (const id of removed) created.pending.add(id);
    if (!created.timer) {
      created.timer = setTimeout(flush, AWARENESS_COALESCE_MS);
      created.timer.unref();
    }
  });
  return created;
}

/**
 * Sends the document's awareness changes to a socket from now on. `socket` is the origin its own changes are applied
 * with. Returns leave(), which stops that and returns the awareness client ids the socket still controls.
 */
export function joinAwareness(awareness: Awareness, socket: object, send: (message: Uint8Array) => void): () => number[] {
  const relay = relayOf(awareness);
  const member: Member = { send, controlled: new Set() };
  relay.members.set(socket, member);
  return () => {
    relay.members.delete(socket);
    return [...member.controlled];
  };
}

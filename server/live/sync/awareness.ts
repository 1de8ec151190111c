// Awareness as the server relays it: each state's `user` is stamped from the session (never what the
// client claims), and each awareness client id belongs to the socket that first used it.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Agency, PublicUser } from '../../../shared/domain/records.js';

/** The shape the client uses (client/src/live/awarenessUser.ts), plus the agency id. */
export interface StampedUser {
  id: string;
  name: string;
  agency: string;
  agencyId: string;
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
  /** False for states the server will not relay (too big, not an object). */
  valid: boolean;
}

/** Awareness client ids one socket may use (tabs share nothing: one Y.Doc per provider, so one id each). */
export const MAX_IDS_PER_SOCKET = 4;
const MAX_STATE_CHARS = 16_000;
const COLOUR = /^#[0-9a-fA-F]{3,8}$/;

export function stampedUserOf(user: PublicUser, agency: Pick<Agency, 'name' | 'shortName'> | null): StampedUser {
  return { id: user._id, name: user.displayName, agency: agency?.shortName ?? agency?.name ?? '', agencyId: user.agencyId };
}

/** y-protocols' awareness update: count, then per entry client id, clock and the state as JSON. Throws when malformed. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    // Oversized or non-object states are dropped; text that is not JSON makes the message malformed.
    const state = json.length > MAX_STATE_CHARS ? undefined : (JSON.parse(json) as unknown);
    const valid = state === null || (typeof state === 'object' && !Array.isArray(state));
    entries.push({ clientId, clock, state: valid ? (state as Record<string, unknown> | null) : null, valid });
  }
  return entries;
}

export function encodeAwarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** The state others see: the client's own fields (cursor, what it is editing, its colour) with the server's user. */
export function stampState(state: Record<string, unknown>, user: StampedUser): Record<string, unknown> {
  const claimed = typeof state.user === 'object' && state.user !== null ? (state.user as Record<string, unknown>) : {};
  const color = typeof claimed.color === 'string' && COLOUR.test(claimed.color) ? { color: claimed.color } : {};
  return { ...state, user: { ...color, ...user } };
}

/**
 * Which socket owns each awareness client id of one document. Another socket of the same user may take an id
 * over (a reconnection while the old socket is not yet known to be dead); another user's socket never can.
 */
export class AwarenessOwners {
  private readonly owners = new Map<number, { socket: object; userId: string }>();

  /** True when the id is this socket's now (claiming it if free or held by the same user, within the limit). */
  claim(clientId: number, socket: object, userId: string): boolean {
    const owner = this.owners.get(clientId);
    if (owner?.socket === socket) return true;
    if (owner && owner.userId !== userId) return false;
    let held = 0;
    for (const other of this.owners.values()) if (other.socket === socket) held++;
    if (held >= MAX_IDS_PER_SOCKET) return false;
    this.owners.set(clientId, { socket, userId });
    return true;
  }

  owns(clientId: number, socket: object): boolean {
    return this.owners.get(clientId)?.socket === socket;
  }

  release(socket: object): void {
    for (const [clientId, owner] of this.owners) if (owner.socket === socket) this.owners.delete(clientId);
  }
}

/**
 * Keeps the entries this socket may send, stamped with its user: updates of its own ids (claiming new ones)
 * and removals of its own ids. Returns them with the number dropped.
 */
export function admitAwareness(entries: AwarenessEntry[], socket: object, user: StampedUser, owners: AwarenessOwners): { admitted: AwarenessEntry[]; dropped: number } {
  const admitted: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (!entry.valid) continue;
    if (entry.state === null ? owners.owns(entry.clientId, socket) : owners.claim(entry.clientId, socket, user.id)) {
      admitted.push(entry.state === null ? entry : { ...entry, state: stampState(entry.state, user) });
    }
  }
  return { admitted, dropped: entries.length - admitted.length };
}

const ownersByDoc = new WeakMap<object, AwarenessOwners>();

/** The owners of one loaded document's awareness client ids (keyed by its Awareness instance). */
export function ownersOf(awareness: object): AwarenessOwners {
  let owners = ownersByDoc.get(awareness);
  if (!owners) ownersByDoc.set(awareness, (owners = new AwarenessOwners()));
  return owners;
}

// The y-websocket wire protocol (y-protocols sync + awareness, lib0 encoding), as the client's
// WebsocketProvider speaks it. Decoding never touches a document: it only reads and validates the framing (a Yjs
// update inside is decoded where it is checked: validateUpdate for writers, assertWellFormed for the others).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  /** Sync step 2 and incremental updates both carry a Yjs update, not decoded here (the validation decodes it once);
   *  `empty` for the two-byte update of nothing that every client sends in sync step 2 when it has nothing new. */
  | { type: 'update'; update: Uint8Array; empty: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

export class MalformedMessage extends Error {
  constructor(cause: unknown) {
    super('malformed message', { cause });
  }
}

export function decodeMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        Y.decodeStateVector(payload);
        return { type: 'sync-step-1', stateVector: payload };
      }
      if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        return { type: 'update', update: payload, empty: payload.length === 2 && payload[0] === 0 && payload[1] === 0 };
      }
      throw new Error(`unknown sync message type ${syncType}`);
    }
    if (type === MESSAGE_AWARENESS) return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    if (type === MESSAGE_QUERY_AWARENESS) return { type: 'query-awareness' };
    throw new Error(`unknown message type ${type}`);
  } catch (err) {
    throw new MalformedMessage(err);
  }
}

/** Throws when the bytes are not a Yjs update: for updates that are dropped unchecked (read-only, paused). */
export function assertWellFormed(update: Uint8Array): void {
  Y.decodeUpdate(update);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/**
 * The answer to a client's sync step 1: what the document has beyond the client's state vector. A client that holds
 * nothing (a new or thin client) gets `fullState()`, which the hub encodes once for all of them until the document
 * changes, instead of an encoding of the whole document per client.
 */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array, fullState: () => Uint8Array): Uint8Array {
  if (stateVector.length === 1 && stateVector[0] === 0) return fullStateMessage(fullState());
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** The sync step 2 message per full state: the hub shares one full state until the document changes, so clients that
 *  hold nothing share one message too (copying a large document into a message per client costs as much as sending it). */
const fullStateMessages = new WeakMap<Uint8Array, Uint8Array>();

function fullStateMessage(state: Uint8Array): Uint8Array {
  let message = fullStateMessages.get(state);
  if (!message) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, state);
    const bytes = encoding.toUint8Array(encoder);
    message = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    fullStateMessages.set(state, message);
  }
  return message;
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The update message per update: the hub hands every listener of a document the same update bytes, so a
 *  fan-out to many sockets encodes each update once, not once per socket. */
const encodedUpdates = new WeakMap<Uint8Array, Uint8Array>();

export function sharedUpdateMessage(update: Uint8Array): Uint8Array {
  let message = encodedUpdates.get(update);
  if (!message) {
    const bytes = updateMessage(update);
    // A Buffer, so that ws sends it as it is instead of wrapping it anew for every socket.
    message = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    encodedUpdates.set(update, message);
  }
  return message;
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

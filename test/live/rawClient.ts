// A bare y-websocket client for tests that must send hand-made updates or awareness: it opens a socket,
// waits until the server has attached the document (its sync step 1 arrives) and records what it receives.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, updateMessage } from '../../server/live/sync/protocol.js';
import { openRawSocket, type RawSocket } from './support.js';

export interface RawClient extends RawSocket {
  /** Resolves when the server has attached the document and answers messages. */
  ready: Promise<void>;
  received: Uint8Array[];
  sendUpdate(update: Uint8Array): void;
  sendAwareness(entries: { clientId: number; clock: number; state: unknown }[]): void;
}

export function openRawClient(baseUrl: string, cookie: string, docName: string): RawClient {
  const raw = openRawSocket(baseUrl, cookie, docName);
  const received: Uint8Array[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    raw.ws.on('message', (data: Buffer) => {
      received.push(new Uint8Array(data));
      resolve();
    });
    void raw.closed.then(({ code }) => reject(new Error(`closed ${code}`)));
  });
  ready.catch(() => {});
  return {
    ...raw,
    ready,
    received,
    sendUpdate: (update) => raw.ws.send(updateMessage(update)),
    sendAwareness(entries) {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, entries.length);
      for (const { clientId, clock, state } of entries) {
        encoding.writeVarUint(inner, clientId);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, JSON.stringify(state));
      }
      const outer = encoding.createEncoder();
      encoding.writeVarUint(outer, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
      raw.ws.send(encoding.toUint8Array(outer));
    },
  };
}

/** The update a client's change produces, made on a copy of `base` (whose state the server already holds). */
export function updateOf(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
  let captured: Uint8Array | null = null;
  copy.on('update', (update: Uint8Array) => (captured = update));
  copy.transact(() => change(copy));
  copy.destroy();
  if (!captured) throw new Error('the change changed nothing');
  return captured;
}

// Yjs client helpers for tests: real y-websocket providers over real sockets, carrying a user's
// session cookie like a browser would.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openLevelLog } from '../../server/store/levelLog.js';

export interface DocClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the provider has synced with the server; rejects if the server refuses the socket for good. */
  synced: Promise<void>;
  /** Resolves with the close code and reason when the server refuses the socket for good (44xx). */
  refused: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

function wsUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, 'ws');
}

/** A `ws` WebSocket that sends the session cookie with its upgrade request. */
export function webSocketWithCookie(cookie: string): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  };
}

/** Opens a live document as the user of `cookie` ('' for nobody), with y-websocket's WebsocketProvider. */
export function connectDoc(baseUrl: string, cookie: string, docName: string, doc = new Y.Doc()): DocClient {
  const provider = new WebsocketProvider(`${wsUrl(baseUrl)}/yjs`, docName, doc, {
    WebSocketPolyfill: webSocketWithCookie(cookie) as unknown as typeof globalThis.WebSocket,
    // Several clients of one test live in one process: they must talk through the server only.
    disableBc: true,
  });
  const refused = new Promise<{ code: number; reason: string }>((resolve) => provider.on('closed', (event) => resolve(event)));
  const synced = new Promise<void>((resolve, reject) => {
    if (provider.synced) return resolve();
    provider.on('sync', (isSynced: boolean) => isSynced && resolve());
    void refused.then(({ code, reason }) => reject(new Error(`refused ${code} ${reason}`)));
  });
  synced.catch(() => {});
  return {
    doc,
    provider,
    synced,
    refused,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawSocket {
  ws: WebSocket;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare WebSocket on a document, for sending hand-made (or broken) messages. */
export function openRawSocket(baseUrl: string, cookie: string, docName: string): RawSocket {
  const ws = new WebSocket(`${wsUrl(baseUrl)}/yjs/${docName}`, cookie ? { headers: { cookie } } : {});
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('closed before open')));
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { ws, opened, closed };
}

/** Polls until the predicate holds (or returns a truthy value), which it returns. */
export async function waitFor<T>(predicate: () => T | Promise<T>, timeoutMs = 20_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Reads a document's stored updates from the embedded store's document log as a copy of its folder (what a kill
 * right now would leave; the running server keeps the original locked) and applies them into a fresh Y.Doc: what a
 * restart would load. LevelDB may delete a file while it is being copied: then the copy is taken again.
 */
export async function readDocFromDisk(dataDir: string, docName: string): Promise<{ doc: Y.Doc; records: number }> {
  for (let attempt = 1; ; attempt++) {
    const copy = await mkdtemp(path.join(tmpdir(), 'roundtable-log-copy-'));
    try {
      await cp(path.join(dataDir, 'document-log'), copy, { recursive: true });
      const log = await openLevelLog(copy);
      try {
        const doc = new Y.Doc();
        let records = 0;
        for await (const batch of log.read(docName, 1000)) {
          for (const record of batch) Y.applyUpdate(doc, record.update);
          records += batch.length;
        }
        return { doc, records };
      } finally {
        await log.close();
      }
    } catch (err) {
      if (attempt >= 5) throw err;
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }
}

/** A meeting of the demo panel tomorrow, chaired by the demo chair, for the given demo users and agenda. */
export function newMeetingInput(
  demo: { meeting: { panelId: string }; users: Record<string, { _id: string }> },
  title: string,
  invitees: string[],
  agenda: { title: string; kind: 'case' | 'standing'; personId?: string }[],
) {
  return {
    panelId: demo.meeting.panelId,
    title,
    type: 'IOM',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    chairId: demo.users.chair._id,
    attendeeIds: invitees.map((u) => demo.users[u]._id),
    agenda,
  };
}

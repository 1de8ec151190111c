// Asks the server how much of a document it holds. y-websocket has no acknowledgements, so the
// client compares the server's clock for its own client id with its own clock. Also reads the server's whole copy
// of a document over REST (no WebSocket of its own: at most three per participant).
import * as Y from 'yjs';
import { fromBase64 } from './base64';

async function readLive<T>(what: 'state-vector' | 'snapshot', docName: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`/api/live/${what}?doc=${encodeURIComponent(docName)}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`${what} request failed (${res.status})`);
  return (await res.json()) as T;
}

export async function fetchServerStateVector(docName: string, signal?: AbortSignal): Promise<Map<number, number>> {
  const body = await readLive<{ stateVector: string }>('state-vector', docName, signal);
  return Y.decodeStateVector(fromBase64(body.stateVector));
}

/** The server's copy of the document as it is now, in a Y.Doc of its own. */
export async function fetchServerCopy(docName: string, signal?: AbortSignal): Promise<Y.Doc> {
  const body = await readLive<{ update: string }>('snapshot', docName, signal);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(body.update));
  return doc;
}

/** True when the server holds every change this client made to the document. */
export function serverHasLocalChanges(doc: Y.Doc, server: Map<number, number>): boolean {
  return (server.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
}

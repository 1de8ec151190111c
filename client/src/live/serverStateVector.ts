// Asks the server how much of a document it holds. y-websocket has no acknowledgements, so the
// client compares the server's clock for its own client id with its own clock.
import * as Y from 'yjs';

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function fetchServerStateVector(docName: string, signal?: AbortSignal): Promise<Map<number, number>> {
  const res = await fetch(`/api/live/state-vector?doc=${encodeURIComponent(docName)}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) throw new Error(`state vector request failed (${res.status})`);
  const body = (await res.json()) as { stateVector: string };
  return Y.decodeStateVector(fromBase64(body.stateVector));
}

/** True when the server holds every change this client made to the document. */
export function serverHasLocalChanges(doc: Y.Doc, server: Map<number, number>): boolean {
  return (server.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
}

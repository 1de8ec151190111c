// The meeting's case documents as the server holds them, read once over REST (GET /api/meetings/:id/case-snapshots)
// and again whenever `changed` does (each meeting:state). The room opens a WebSocket only for the case on screen; the
// agenda's real titles and red-flag counts of the other cases come from these read-only copies, and each primes the
// page's copy of its case (docPool's primeDoc), so the next case shows at once when the chair moves to it.
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { request } from '../api';
import { fromBase64 } from './base64';
import { primeDoc } from './docPool';

interface Snapshots {
  items: { doc: string; personId: string; update: string }[];
}

/** Case document name → a read-only copy of it (empty until the first answer; kept when a later request fails). */
export function useCaseSnapshots(meetingId: string, changed: unknown): Record<string, Y.Doc> {
  const [docs, setDocs] = useState<Record<string, Y.Doc>>({});
  useEffect(() => {
    const controller = new AbortController();
    request<Snapshots>(`/api/meetings/${encodeURIComponent(meetingId)}/case-snapshots`, { signal: controller.signal }).then(
      ({ items }) => {
        const next: Record<string, Y.Doc> = {};
        for (const item of items) {
          const doc = new Y.Doc();
          const update = fromBase64(item.update);
          Y.applyUpdate(doc, update);
          primeDoc(item.doc, update);
          next[item.doc] = doc;
        }
        setDocs(next);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [meetingId, changed]);
  return docs;
}

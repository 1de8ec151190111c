// The live layer over REST: a document's state vector (to confirm saves), its snapshot, and the live endpoints' counters.
import { z } from 'zod';
import type { ApiArea } from './operation.js';

/** Same as routes/liveStatus.ts stateVectorQuery (to move to shared/domain/schemas.ts). */
export const stateVectorQuery = z.object({ doc: z.string().min(1).max(200) });

const counters = z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())]));

export const live: ApiArea = {
  tag: 'live',
  description: 'Live documents and meeting control',
  operations: [
    {
      method: 'get',
      path: '/api/live/state-vector',
      summary: "The server's Yjs state vector of a live document the user may open (base64), to confirm that local changes arrived",
      roles: 'whoever may open the document',
      query: stateVectorQuery,
      response: z.object({ doc: z.string(), stateVector: z.string().describe('base64') }),
      errors: [400, 404],
    },
    {
      method: 'get',
      path: '/api/live/snapshot',
      summary: 'A live document the user may open, as the server holds it now (one Yjs update, base64): a client compares what it still holds with it without opening another WebSocket',
      roles: 'whoever may open the document',
      query: stateVectorQuery,
      response: z.object({ doc: z.string(), update: z.string().describe('base64 Yjs update') }),
      errors: [400, 404],
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/case-snapshots',
      summary:
        "The meeting's case documents this user may open, each as one Yjs update (base64): the room reads the real titles and red flags of the cases not on screen from these instead of holding a WebSocket per case",
      roles: 'whoever may see the meeting; only the case documents they may open',
      response: z.object({ items: z.array(z.object({ doc: z.string(), personId: z.string(), update: z.string().describe('base64 Yjs update') })) }),
      errors: [404],
    },
    {
      method: 'get',
      path: '/api/live/metrics',
      summary: "The Yjs endpoint's counters and the document hub's",
      roles: 'admin',
      response: z.object({ sync: counters, documents: z.object({ docsLoaded: z.number().int(), loads: z.number().int(), compactions: z.number().int() }) }),
    },
  ],
};

// The live layer over REST: a document's state vector (to confirm saves) and the live endpoints' counters.
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
      path: '/api/live/metrics',
      summary: "The Yjs endpoint's counters and the document hub's",
      roles: 'admin',
      response: z.object({ sync: counters, documents: z.object({ docsLoaded: z.number().int(), loads: z.number().int(), compactions: z.number().int() }) }),
    },
  ],
};

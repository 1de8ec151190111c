// How much of a live document the server holds, so the room can say "All changes saved" only once
// the server has its changes (the y-websocket protocol has no acknowledgements).
import { Router } from 'express';
import * as Y from 'yjs';
import { z } from 'zod';
import { NotFound } from '../../errors.js';
import type { Services } from '../../services/index.js';
import { describeRoute } from '../openapi.js';
import { currentUser, requireUser } from '../middleware.js';

const stateVectorQuery = z.object({ doc: z.string().min(1).max(200) });

describeRoute('/api/live/state-vector', 'get', {
  summary: "The server's Yjs state vector of a live document the user may open (base64), to confirm that local changes arrived",
  query: ['doc'],
  roles: 'whoever may open the document',
});

export function liveStatusRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/live/state-vector', requireUser, async (req, res) => {
    const { doc: docName } = stateVectorQuery.parse(req.query);
    // One answer for unknown, forbidden and malformed names: document names cannot be probed.
    const { decision } = await services.documentAccess.decide(currentUser(req), docName);
    if (!decision.access) throw new NotFound('Document');
    const stateVector = await services.documents.read(docName, (loaded) => Y.encodeStateVector(loaded));
    res.set('cache-control', 'no-store').json({ doc: docName, stateVector: Buffer.from(stateVector).toString('base64') });
  });
  return router;
}

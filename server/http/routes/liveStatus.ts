// How much of a live document the server holds, so the room can say "All changes saved" only once
// the server has its changes (the y-websocket protocol has no acknowledgements), and the whole of it, so a client can
// compare what it still holds with the record without opening another WebSocket (at most three per participant).
import { Router, type Request } from 'express';
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
  /** The name of a document the signed-in user may open; one answer for unknown, forbidden and malformed names. */
  const allowedDoc = async (req: Request): Promise<string> => {
    const { doc: docName } = stateVectorQuery.parse(req.query);
    const { decision } = await services.documentAccess.decide(currentUser(req), docName);
    if (!decision.access) throw new NotFound('Document');
    return docName;
  };
  router.get('/api/live/state-vector', requireUser, async (req, res) => {
    const docName = await allowedDoc(req);
    // Only what is on disk: the client says "All changes saved" on this answer, so a crash must not lose any of it.
    const stateVector = await services.documents.durableStateVector(docName);
    res.set('cache-control', 'no-store').json({ doc: docName, stateVector: Buffer.from(stateVector).toString('base64') });
  });
  router.get('/api/live/snapshot', requireUser, async (req, res) => {
    const docName = await allowedDoc(req);
    const update = await services.documents.encodeState(docName);
    res.set('cache-control', 'no-store').json({ doc: docName, update: Buffer.from(update).toString('base64') });
  });
  return router;
}

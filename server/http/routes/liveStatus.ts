// How much of a live document the server holds, so the room can say "All changes saved" only once
// the server has its changes (the y-websocket protocol has no acknowledgements).
import { Router } from 'express';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Meeting } from '../../../shared/domain/records.js';
import { parseDocName } from '../../../shared/live/layout.js';
import { docAccess } from '../../auth/docAccess.js';
import { NotFound } from '../../services/errors.js';
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
    const doc = parseDocName(docName);
    // One answer for unknown, forbidden and malformed names: document names cannot be probed.
    const meeting = doc ? await services.store.collection<Meeting>('meetings').findOne({ _id: doc.meetingId }) : null;
    if (!doc || !meeting) throw new NotFound('Document');
    const chair = doc.kind === 'restricted' ? await services.users.findById(meeting.chairId) : null;
    const decision = docAccess({ user: currentUser(req), meeting, doc, chairAgencyId: chair?.agencyId ?? null });
    if (!decision.access) throw new NotFound('Document');
    const stateVector = await services.documents.read(docName, (loaded) => Y.encodeStateVector(loaded));
    res.set('cache-control', 'no-store').json({ doc: docName, stateVector: Buffer.from(stateVector).toString('base64') });
  });
  return router;
}

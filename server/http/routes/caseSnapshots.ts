// The case documents of a meeting as the server holds them now, in one answer: the room keeps only the meeting
// document and the case on screen open as WebSockets (at most three sockets per participant, issue 10 §6) and reads the
// other cases' real titles and red flags from these snapshots. Only the case documents this user may open over the
// WebSocket (the same access decision) are included.
import { Router } from 'express';
import { z } from 'zod';
import { caseDocName } from '../../../shared/live/docNames.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';

export const caseSnapshotParams = z.object({ id: z.string().min(1, 'Enter a meeting id').max(100, 'The meeting id is too long') });

export function caseSnapshotRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/meetings/:id/case-snapshots', requireUser, async (req, res) => {
    const { id } = caseSnapshotParams.parse(req.params);
    const user = currentUser(req);
    // Not found for a meeting this user may not see.
    const meeting = await services.meetings.getFor(user, id);
    const personIds = [...new Set(meeting.agenda.flatMap((item) => (item.personId ? [item.personId] : [])))];
    const items: { doc: string; personId: string; update: string }[] = [];
    for (const personId of personIds) {
      const doc = caseDocName(meeting._id, personId);
      const { decision } = await services.documentAccess.decide(user, doc);
      if (!decision.access) continue;
      const update = await services.documents.encodeState(doc);
      items.push({ doc, personId, update: Buffer.from(update).toString('base64') });
    }
    res.set('cache-control', 'no-store').json({ items });
  });
  return router;
}

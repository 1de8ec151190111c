// People: the list (filtered to the people this user may see), one person, create and change.
// Need-to-know and field-level rights are decided by the policy inside the person service.
import { Router } from 'express';
import { z } from 'zod';
import { CUSTODY_STATUSES, currentCustodyStatus, personInput, personPatch } from '../../../shared/domain/schemas.js';
import type { Services } from '../../services/index.js';
import { currentUser, pageQuery, requireUser } from '../middleware.js';

const peopleFilter = pageQuery.extend({
  releaseFrom: z.iso.date().optional(),
  releaseTo: z.iso.date().optional(),
  custodyStatus: z.preprocess((value) => (value === 'in-custody' ? 'sentenced' : value), z.enum(CUSTODY_STATUSES).optional()),
  q: z.string().trim().max(100).optional(),
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function peopleRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/people', requireUser, async (req, res) => {
    const { releaseFrom, releaseTo, custodyStatus, q, ...page } = peopleFilter.parse(req.query);
    const filter: Record<string, unknown> = {};
    if (releaseFrom || releaseTo) filter.releaseDate = { ...(releaseFrom ? { $gte: releaseFrom } : {}), ...(releaseTo ? { $lte: releaseTo } : {}) };
    if (custodyStatus) filter.custodyStatus = custodyStatus;
    if (q) filter.$or = [{ name: { $regex: new RegExp(escapeRegExp(q), 'i') } }, { caseReference: q }];
    const user = currentUser(req);
    const result = await services.people.listFor(user, filter, page, { releaseDate: 1, name: 1 });
    // The search is audited by which filters were used, never by the text typed (it may be a name).
    await services.audit.recordPeopleSearch(user._id, { q, releaseFrom, releaseTo, custodyStatus });
    res.set('Cache-Control', 'no-store').json(result);
  });
  router.get('/api/people/:id', requireUser, async (req, res) => {
    const person = await services.people.viewFor(currentUser(req), req.params.id as string);
    await services.audit.record(currentUser(req)._id, 'person.view', 'person', person._id);
    res.set('Cache-Control', 'no-store').json(person);
  });
  router.get('/api/people/:id/viewers', requireUser, async (req, res) => {
    const person = await services.people.getFor(currentUser(req), req.params.id as string);
    res.set('Cache-Control', 'no-store').json({ items: await services.audit.viewersOf('person', person._id) });
  });
  router.post('/api/people', requireUser, async (req, res) => {
    const person = await services.people.createFor(currentUser(req), personInput.parse(currentCustodyStatus(req.body)));
    await services.audit.record(currentUser(req)._id, 'person.create', 'person', person._id);
    res.status(201).json(person);
  });
  router.patch('/api/people/:id', requireUser, async (req, res) => {
    // A client still sending the old 'in-custody' is understood as 'sentenced'.
    const patch = personPatch.parse(currentCustodyStatus(req.body));
    const { person } = await services.people.updateFor(currentUser(req), req.params.id as string, patch);
    await services.audit.record(currentUser(req)._id, 'person.update', 'person', person._id, { fields: Object.keys(patch) });
    res.json(person);
  });
  return router;
}

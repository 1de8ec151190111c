import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { CUSTODY_STATUSES, personInput, personPatch } from '../../../shared/domain/schemas.js';
import { canBrowsePeople } from '../../auth/permissions.js';
import type { Services } from '../../services/index.js';
import { Forbidden } from '../../services/errors.js';
import { currentUser, pageQuery, requireRole, requireUser } from '../middleware.js';

const peopleFilter = pageQuery.extend({
  releaseFrom: z.iso.date().optional(),
  releaseTo: z.iso.date().optional(),
  custodyStatus: z.enum(CUSTODY_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function peopleRoutes(services: Services): Router {
  const router = Router();
  const editors = requireRole('admin', 'chair', 'member', 'minute-taker');
  const browse: RequestHandler[] = [
    requireUser,
    (req, _res, next) => next(canBrowsePeople(currentUser(req)) ? undefined : new Forbidden()),
  ];

  router.get('/api/people', ...browse, async (req, res) => {
    const { releaseFrom, releaseTo, custodyStatus, q, ...page } = peopleFilter.parse(req.query);
    const filter: Record<string, unknown> = {};
    if (releaseFrom || releaseTo) filter.releaseDate = { ...(releaseFrom ? { $gte: releaseFrom } : {}), ...(releaseTo ? { $lte: releaseTo } : {}) };
    if (custodyStatus) filter.custodyStatus = custodyStatus;
    if (q) filter.$or = [{ name: { $regex: new RegExp(escapeRegExp(q), 'i') } }, { caseReference: q }];
    res.json(await services.people.list(filter, page, { releaseDate: 1, name: 1 }));
  });
  router.get('/api/people/:id', ...browse, async (req, res) => {
    const person = await services.people.get(req.params.id as string);
    await services.audit.record(currentUser(req)._id, 'person.view', 'person', person._id);
    res.json(person);
  });
  router.post('/api/people', editors, async (req, res) => {
    const person = await services.people.create(personInput.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'person.create', 'person', person._id);
    res.status(201).json(person);
  });
  router.patch('/api/people/:id', editors, async (req, res) => {
    const person = await services.people.update(req.params.id as string, personPatch.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'person.update', 'person', person._id, { fields: Object.keys(req.body ?? {}) });
    res.json(person);
  });
  return router;
}

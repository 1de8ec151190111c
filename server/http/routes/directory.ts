// Partnership directory: agencies, panels and users. Reading is for every signed-in user
// (rooms show names and agencies); changing is for administrators, as are account lifecycle and the audit log.
import { Router } from 'express';
import { z } from 'zod';
import { agencyInput, agencyPatch, panelInput, ROLES, userInput, userPatch } from '../../../shared/domain/schemas.js';
import type { Services } from '../../services/index.js';
import { currentUser, pageQuery, requireRole, requireUser } from '../middleware.js';
import { accountRoutes } from './accounts.js';
import { auditLogRoutes } from './auditLog.js';

const userFilter = pageQuery.extend({ agencyId: z.string().optional(), role: z.enum(ROLES).optional() });

export function directoryRoutes(services: Services): Router {
  const router = Router();
  const admin = requireRole('admin');

  router.get('/api/agencies', requireUser, async (req, res) => {
    res.json(await services.agencies.list({}, pageQuery.parse(req.query), { name: 1 }));
  });
  router.get('/api/agencies/:id', requireUser, async (req, res) => {
    res.json(await services.agencies.get(req.params.id as string));
  });
  router.post('/api/agencies', admin, async (req, res) => {
    const agency = await services.agencies.create(agencyInput.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'agency.create', 'agency', agency._id);
    res.status(201).json(agency);
  });
  router.patch('/api/agencies/:id', admin, async (req, res) => {
    const agency = await services.agencies.update(req.params.id as string, agencyPatch.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'agency.update', 'agency', agency._id);
    res.json(agency);
  });

  router.get('/api/panels', requireUser, async (req, res) => {
    res.json(await services.panels.list({}, pageQuery.parse(req.query), { name: 1 }));
  });
  router.post('/api/panels', admin, async (req, res) => {
    const panel = await services.panels.create(panelInput.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'panel.create', 'panel', panel._id);
    res.status(201).json(panel);
  });

  // Administrators also see whether each account is active or disabled.
  router.get('/api/users', requireUser, async (req, res) => {
    const { agencyId, role, ...page } = userFilter.parse(req.query);
    res.json(await services.users.list({ agencyId, role }, page, currentUser(req).role === 'admin' ? 'admin' : 'public'));
  });
  router.get('/api/users/:id', requireUser, async (req, res) => {
    const id = req.params.id as string;
    res.json(currentUser(req).role === 'admin' ? await services.users.getForAdmin(id) : await services.users.get(id));
  });
  router.post('/api/users', admin, async (req, res) => {
    const user = await services.users.create(userInput.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'user.create', 'user', user._id);
    res.status(201).json(user);
  });
  // A new password ends every session of the account; a new role or agency applies from the next request.
  router.patch('/api/users/:id', admin, async (req, res) => {
    const patch = userPatch.parse(req.body);
    const { user, sessionsEnded } = await services.users.updateAccount(req.params.id as string, patch);
    const fields = Object.keys(patch);
    if (patch.password) {
      await services.audit.record(currentUser(req)._id, 'user.password-change', 'user', user._id, { by: 'admin', fields, sessionsEnded });
    } else {
      await services.audit.record(currentUser(req)._id, 'user.update', 'user', user._id, { fields });
    }
    services.events.emit('access:changed', { userId: user._id });
    res.json(user);
  });

  router.use(accountRoutes(services));
  router.use(auditLogRoutes(services));
  return router;
}

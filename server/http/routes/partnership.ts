// Partnership settings an administrator keeps: who chairs each panel, and the recorded bases on which
// one panel's shared assessments may carry into another panel's meetings.
import { Router } from 'express';
import { panelPatch, sharingBasisInput } from '../../../shared/domain/schemas.js';
import type { Services } from '../../services/index.js';
import { currentUser, pageQuery, requireRole } from '../middleware.js';
import { describeRoute } from '../openapi.js';

describeRoute('/api/panels/{id}', 'patch', { summary: 'Change a panel, e.g. who chairs it (admin)', body: panelPatch, roles: 'admin' });
describeRoute('/api/sharing-bases', 'get', { summary: 'Recorded sharing bases between panels (admin)', roles: 'admin' });
describeRoute('/api/sharing-bases', 'post', { summary: "Record a basis for one panel's assessments to carry into another's meetings (admin)", body: sharingBasisInput, roles: 'admin' });

export function partnershipRoutes(services: Services): Router {
  const router = Router();
  const admin = requireRole('admin');

  router.patch('/api/panels/:id', admin, async (req, res) => {
    const panel = await services.panels.update(req.params.id as string, panelPatch.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'panel.update', 'panel', panel._id, { fields: Object.keys(req.body ?? {}) });
    res.json(panel);
  });
  router.get('/api/sharing-bases', admin, async (req, res) => {
    res.json(await services.sharingBases.list({}, pageQuery.parse(req.query)));
  });
  router.post('/api/sharing-bases', admin, async (req, res) => {
    const basis = await services.sharingBases.create({ ...sharingBasisInput.parse(req.body), createdBy: currentUser(req)._id });
    await services.audit.record(currentUser(req)._id, 'access.sharing-basis', 'panel', basis.toPanelId, { fromPanelId: basis.fromPanelId });
    res.status(201).json(basis);
  });
  return router;
}

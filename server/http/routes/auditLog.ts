// The audit log for administrators: search it (JSON) and export it (CSV). Read-only: no route changes it.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { auditCsv } from '../../exports/auditCsv.js';
import type { AuditQuery } from '../../services/audit.js';
import type { Services } from '../../services/index.js';
import { currentUser, pageQuery, requireRole } from '../middleware.js';

const when = z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be a date (YYYY-MM-DD) or an ISO date-time' });
const text = z.string().trim().min(1).max(100).optional();

const auditFilter = z.strictObject({
  userId: text,
  action: text,
  targetType: text,
  targetId: text,
  from: when.optional(),
  to: when.optional(),
});
const auditSearch = auditFilter.extend({ ...pageQuery.shape, format: z.enum(['json', 'csv']).optional() });

/** A date alone as `to` means the whole of that day. */
function toQuery(filter: z.infer<typeof auditFilter>): AuditQuery {
  return { ...filter, ...(filter.to && filter.to.length === 10 ? { to: `${filter.to}T23:59:59.999Z` } : {}) };
}

export function auditLogRoutes(services: Services): Router {
  const router = Router();
  const admin = requireRole('admin');

  async function sendCsv(req: Request, res: Response, query: AuditQuery) {
    const entries = await services.audit.list(query);
    const names = await services.users.displayNames(entries.flatMap((entry) => (entry.userId ? [entry.userId] : [])));
    const csv = auditCsv(entries, names);
    await services.audit.record(currentUser(req)._id, 'audit.export', 'audit', undefined, { format: 'csv', rows: entries.length, filters: query });
    res
      .type('text/csv; charset=utf-8')
      .set('Cache-Control', 'no-store')
      .attachment(`audit-${new Date().toISOString().slice(0, 10)}.csv`)
      .send(csv);
  }

  router.get('/api/audit', admin, async (req, res) => {
    const { offset, limit, format, ...filter } = auditSearch.parse(req.query);
    if (format === 'csv') return sendCsv(req, res, toQuery(filter));
    res.json(await services.audit.search(toQuery(filter), { offset, limit }));
  });
  router.get('/api/audit.csv', admin, async (req, res) => {
    await sendCsv(req, res, toQuery(auditFilter.parse(req.query)));
  });
  return router;
}

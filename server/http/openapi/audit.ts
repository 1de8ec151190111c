// The audit log for administrators: search it (JSON) and export it (CSV).
import { z } from 'zod';
import { pageQuery } from '../middleware.js';
import type { ApiArea } from './operation.js';
import { auditEntry, page } from './records.js';

// Same as routes/auditLog.ts auditFilter and auditSearch (to move to shared/domain/schemas.ts).
const when = z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be a date (YYYY-MM-DD) or an ISO date-time' });
const text = z.string().trim().min(1).max(100).optional();
export const auditFilter = z.strictObject({ userId: text, action: text, targetType: text, targetId: text, from: when.optional(), to: when.optional() });
export const auditSearch = auditFilter.extend({ ...pageQuery.shape, format: z.enum(['json', 'csv']).optional() });

export const audit: ApiArea = {
  tag: 'audit',
  description: 'The append-only audit log',
  operations: [
    {
      method: 'get',
      path: '/api/audit',
      summary: 'Search the audit log (format=csv exports the matching entries)',
      roles: 'admin',
      query: auditSearch,
      response: page('AuditEntry', auditEntry),
      files: ['text/csv'],
      errors: [400],
    },
    { method: 'get', path: '/api/audit.csv', summary: 'Export the matching audit entries as CSV', roles: 'admin', query: auditFilter, files: ['text/csv'], errors: [400] },
  ],
};

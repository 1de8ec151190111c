// Append-only audit log: every view, edit, export and e-mail. Nothing here updates or deletes.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/port.js';
import { listPage, type PageRequest } from './records.js';

export interface AuditEntry {
  _id: string;
  at: string;
  userId: string | null;
  action: string;
  targetType: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export interface AuditQuery {
  userId?: string;
  action?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

export function auditService(store: Store) {
  const entries = store.collection<AuditEntry>('audit');
  return {
    async record(userId: string | null, action: string, targetType: string, targetId?: string, details?: Record<string, unknown>) {
      await entries.insertOne({ _id: randomUUID(), at: new Date().toISOString(), userId, action, targetType, targetId, details });
    },
    search(query: AuditQuery, page: PageRequest) {
      const filter: Record<string, unknown> = {};
      if (query.userId) filter.userId = query.userId;
      if (query.action) filter.action = query.action;
      if (query.targetId) filter.targetId = query.targetId;
      if (query.from || query.to) filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
      return listPage(entries, filter, page, { at: -1 });
    },
  };
}
export type AuditService = ReturnType<typeof auditService>;

// Append-only audit log: every view, edit, export, e-mail, sign-in and refusal. Nothing here updates or deletes.
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../shared/domain/records.js';
import { groupInserts } from '../store/groupInserts.js';
import type { Store } from '../store/port.js';
import { listPage, type PageRequest } from './records.js';

export type { AuditEntry };

export interface AuditQuery {
  userId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

/** The filters of GET /api/people, as the route parsed them. */
export interface PeopleSearchFilters {
  q?: string;
  releaseFrom?: string;
  releaseTo?: string;
  custodyStatus?: string;
}

export interface Viewer {
  userId: string;
  displayName: string;
  agencyId: string;
  /** When this user last viewed the target. */
  at: string;
}

/** Most entries an export or a viewers list reads at once. */
export const AUDIT_READ_LIMIT = 10_000;

/**
 * What a people search records: which filters were used. Dates and custody status are kept; the search text
 * may be a name, so only that there was one (`q: true`).
 */
export function peopleSearchDetails(filters: PeopleSearchFilters): Record<string, unknown> {
  return {
    ...(filters.q ? { q: true } : {}),
    ...(filters.releaseFrom ? { releaseFrom: filters.releaseFrom } : {}),
    ...(filters.releaseTo ? { releaseTo: filters.releaseTo } : {}),
    ...(filters.custodyStatus ? { custodyStatus: filters.custodyStatus } : {}),
  };
}

function toFilter(query: AuditQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.userId) filter.userId = query.userId;
  if (query.action) filter.action = query.action;
  if (query.targetType) filter.targetType = query.targetType;
  if (query.targetId) filter.targetId = query.targetId;
  if (query.from || query.to) filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lte: query.to } : {}) };
  return filter;
}

export function auditService(store: Store) {
  const entries = store.collection('audit');
  // Entries that arrive together (a burst of sockets opening) are written together: one sync for all of them.
  const insert = groupInserts(entries);
  const users = store.collection('users');

  async function record(userId: string | null, action: string, targetType: string, targetId?: string, details?: Record<string, unknown>) {
    await insert({ _id: randomUUID(), at: new Date().toISOString(), userId, action, targetType, targetId, details });
  }

  return {
    record,
    /** GET /api/people calls this after a search: one 'person.search' entry naming the filters used. */
    recordPeopleSearch(userId: string, filters: PeopleSearchFilters): Promise<void> {
      return record(userId, 'person.search', 'person', undefined, { filters: peopleSearchDetails(filters) });
    },
    search(query: AuditQuery, page: PageRequest) {
      return listPage(entries, toFilter(query), page, { at: -1 });
    },
    /** The newest matching entries, up to `limit` (for exports). */
    list(query: AuditQuery, limit = AUDIT_READ_LIMIT): Promise<AuditEntry[]> {
      return entries.find(toFilter(query), { sort: { at: -1 }, limit });
    },
    count(query: AuditQuery = {}): Promise<number> {
      return entries.count(toFilter(query));
    },
    /** Who viewed a record: each user once, with their latest view, most recent first. */
    async viewersOf(targetType: string, targetId: string): Promise<Viewer[]> {
      const found = await entries.find({ targetType, targetId }, { sort: { at: -1 }, limit: AUDIT_READ_LIMIT });
      const latest = new Map<string, string>();
      for (const entry of found) {
        if (entry.userId && entry.action.endsWith('.view') && !latest.has(entry.userId)) latest.set(entry.userId, entry.at);
      }
      const people = await users.find({ _id: { $in: [...latest.keys()] } });
      const byId = new Map(people.map((user) => [user._id, user]));
      return [...latest].map(([userId, at]) => ({
        userId,
        displayName: byId.get(userId)?.displayName ?? 'Unknown user',
        agencyId: byId.get(userId)?.agencyId ?? '',
        at,
      }));
    },
  };
}
export type AuditService = ReturnType<typeof auditService>;

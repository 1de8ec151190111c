// The REST calls behind the administrator pages: accounts, their sessions, and the audit log.
import type { AdminUser } from '../../../../shared/api/users';
import type { AuditEntry, Page } from '../../../../shared/domain/records';
import { request } from '../../api';

export interface AuditFilters {
  action: string;
  userId: string;
  from: string;
  to: string;
  offset: number;
}

export const AUDIT_PAGE_SIZE = 50;

function auditQuery(filters: Omit<AuditFilters, 'offset'> & { offset?: number; limit?: number }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where the CSV of the log as filtered can be downloaded. */
export function auditCsvUrl(filters: AuditFilters): string {
  const { offset: _offset, ...rest } = filters;
  return `/api/audit.csv${auditQuery(rest)}`;
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const adminApi = {
  users: (signal?: AbortSignal) => request<Page<AdminUser>>('/api/users?limit=200', { signal }),
  disable: (id: string) => request<AdminUser>(`${userPath(id)}/disable`, { method: 'POST' }),
  enable: (id: string) => request<AdminUser>(`${userPath(id)}/enable`, { method: 'POST' }),
  endSessions: (id: string) => request<{ ended: number }>(`${userPath(id)}/sessions`, { method: 'DELETE' }),
  audit: (filters: AuditFilters, signal?: AbortSignal) => request<Page<AuditEntry>>(`/api/audit${auditQuery({ ...filters, limit: AUDIT_PAGE_SIZE })}`, { signal }),
};

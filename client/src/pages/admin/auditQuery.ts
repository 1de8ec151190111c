// The audit log page's filters live in the URL (?action=auth.login&from=2026-11-01): bookmarkable, back-button safe.
import type { AuditFilters } from './adminApi';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const offset = Number(params.get('offset'));
  const date = (key: string) => (DATE.test(params.get(key) ?? '') ? (params.get(key) as string) : '');
  return {
    action: (params.get('action') ?? '').trim(),
    userId: (params.get('userId') ?? '').trim(),
    from: date('from'),
    to: date('to'),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function auditFiltersToSearch(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

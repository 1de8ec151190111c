// Administrators: search the append-only audit log and download it as CSV.
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, plural } from '../../format';
import type { AuditEntry } from '../../../../shared/domain/records';
import { adminApi, AUDIT_PAGE_SIZE, auditCsvUrl } from './adminApi';
import { AuditFilterForm } from './AuditFilterForm';
import { auditFiltersToSearch, readAuditFilters } from './auditQuery';
import { RequireAdmin } from './RequireAdmin';

function describeDetails(entry: AuditEntry): string {
  return entry.details ? Object.entries(entry.details).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ') : '';
}

function AuditLog() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.toString();
  const filters = useMemo(() => readAuditFilters(new URLSearchParams(search)), [search]);
  const load = useCallback((signal: AbortSignal) => adminApi.audit(filters, signal), [filters]);
  const entries = useApiData(load);
  const loadUsers = useCallback((signal: AbortSignal) => adminApi.users(signal), []);
  const directory = useApiData(loadUsers);
  const users = directory.status === 'loaded' ? directory.data.items : [];
  const userName = (id: string | null) => (id ? (users.find((user) => user._id === id)?.displayName ?? id) : 'Not signed in');

  return (
    <>
      <AuditFilterForm key={search} filters={filters} users={users} onApply={(next) => void navigate({ search: auditFiltersToSearch(next) })} />
      <p className="govuk-body">
        <a className="govuk-link" href={auditCsvUrl(filters)} download>
          Download CSV<span className="govuk-visually-hidden"> of the audit log as filtered</span>
        </a>
      </p>
      {entries.status === 'loading' && <Loading what="audit log" />}
      {entries.status === 'failed' && <LoadFailed error={entries.error} />}
      {entries.status === 'loaded' && (
        <>
          <GovukTable caption={plural(entries.data.total, 'entry', 'entries')} captionStyle="medium" captionLive columns={['Time', 'User', 'Action', 'Target', 'Details']} testId="audit-table">
            {entries.data.items.map((entry) => (
              <Row key={entry._id}>
                <Cell>{formatDateTime(entry.at)}</Cell>
                <Cell>{userName(entry.userId)}</Cell>
                <Cell>{entry.action}</Cell>
                <Cell>{entry.targetId ? `${entry.targetType} ${entry.targetId}` : entry.targetType}</Cell>
                <Cell>{describeDetails(entry)}</Cell>
              </Row>
            ))}
          </GovukTable>
          <Pagination
            total={entries.data.total}
            offset={filters.offset}
            limit={AUDIT_PAGE_SIZE}
            hrefFor={(offset) => `/admin/audit${auditFiltersToSearch({ ...filters, offset })}`}
          />
        </>
      )}
    </>
  );
}

export function AuditLogPage() {
  usePageTitle('Audit log');
  return (
    <RequireAdmin>
      <h1 className="govuk-heading-l">Audit log</h1>
      <AuditLog />
    </RequireAdmin>
  );
}

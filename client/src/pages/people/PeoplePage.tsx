import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../../session/SessionContext';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { Pagination } from '../../components/Pagination';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { PeopleFilterForm } from './PeopleFilterForm';
import { PeopleTable } from './PeopleTable';
import { filtersToSearch, PAGE_SIZE, readFilters, toApiQuery } from './peopleQuery';

export function PeoplePage() {
  usePageTitle('People');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const search = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const load = useCallback((signal: AbortSignal) => api.people(toApiQuery(filters), signal), [filters]);
  const people = useApiData(load);
  // The server decides (server/policy/people.ts canCreatePerson); this only hides a link that would be refused.
  const mayCreate = ['admin', 'chair', 'member'].includes(useCurrentUser().role);

  return (
    <>
      <h1 className="govuk-heading-l">People</h1>
      {mayCreate && (
        <Link to="/people/new" className="govuk-button govuk-button--secondary" role="button" draggable={false}>
          Add a person
        </Link>
      )}
      <PeopleFilterForm
        key={search}
        filters={filters}
        onApply={(next) => void navigate({ search: filtersToSearch({ ...next, offset: 0 }) })}
      />
      {people.status === 'loading' && <Loading what="people" />}
      {people.status === 'failed' && <LoadFailed error={people.error} />}
      {people.status === 'loaded' && (
        <>
          <PeopleTable people={people.data.items} total={people.data.total} filters={filters} />
          <Pagination
            total={people.data.total}
            offset={filters.offset}
            limit={PAGE_SIZE}
            hrefFor={(offset) => `/people${filtersToSearch({ ...filters, offset })}`}
          />
        </>
      )}
    </>
  );
}

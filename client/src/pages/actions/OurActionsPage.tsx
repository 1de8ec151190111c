import { useCallback } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { useCurrentUser } from '../../session/SessionContext';
import { ActionsShowFilter, type ActionsShow } from './ActionsShowFilter';
import { TrackedActionsTable } from './TrackedActionsTable';

const SHOW_QUERY: Record<ActionsShow, { status?: string; overdue?: boolean }> = {
  outstanding: { status: 'outstanding' },
  overdue: { status: 'outstanding', overdue: true },
  all: {},
};

function parseShow(value: string | null): ActionsShow {
  return value === 'overdue' || value === 'all' ? value : 'outstanding';
}

/** "Our open actions": the signed-in user's agency's actions across every closed meeting. */
export function OurActionsPage() {
  usePageTitle('Our open actions');
  const user = useCurrentUser();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const show = parseShow(params.get('show'));
  const load = useCallback((signal: AbortSignal) => api.actions({ agencyId: user.agencyId, ...SHOW_QUERY[show], limit: 200 }, signal), [user.agencyId, show]);
  const actions = useApiData(load);
  const updated = (location.state as { updated?: string } | null)?.updated;

  return (
    <>
      {updated && <SuccessBanner title="Action updated">{updated}</SuccessBanner>}
      <h1 className="govuk-heading-l">Our open actions</h1>
      <p className="govuk-body">Actions your agency took on at panel meetings. Update them as the work moves on: the panel reviews them at its next meeting.</p>
      <ActionsShowFilter key={show} show={show} onChange={(next) => setParams(next === 'outstanding' ? {} : { show: next })} />
      {actions.status === 'loading' && <Loading what="actions" />}
      {actions.status === 'failed' && <LoadFailed error={actions.error} />}
      {actions.status === 'loaded' && <TrackedActionsTable actions={actions.data.items} show={show} />}
    </>
  );
}

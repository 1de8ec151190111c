import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { useSession } from './SessionContext';

/** Renders the child routes for a signed-in user; sends everyone else to the sign-in page. */
export function RequireSignIn() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'unavailable')
    return (
      <div className="govuk-error-summary" role="alert">
        <h2 className="govuk-error-summary__title">Roundtable is not available</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{state.message}</p>
        </div>
      </div>
    );
  if (state.status === 'signed-out') return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

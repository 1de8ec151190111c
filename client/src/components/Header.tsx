import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { PublicUser } from '../../../shared/domain/records';
import { api } from '../api';
import { useSession } from '../session/SessionContext';
import { useApiData } from './useApiData';
import { NotificationsLink } from './NotificationsLink';

function SignedInUser({ user }: { user: PublicUser }) {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const loadAgency = useCallback((signal: AbortSignal) => api.agency(user.agencyId, signal), [user.agencyId]);
  const agency = useApiData(loadAgency);
  const agencyName = agency.status === 'loaded' ? (agency.data.shortName ?? agency.data.name) : '';

  async function handleSignOut() {
    await signOut();
    void navigate('/login', { replace: true });
  }

  return (
    <div className="moj-header__content">
      <div className="roundtable-header__user">
        <span className="roundtable-header__user-name" data-testid="signed-in-user">
          {user.displayName}
        </span>
        {agencyName && <span className="roundtable-header__user-agency">{agencyName}</span>}
        <NotificationsLink />
        <button type="button" className="roundtable-header__sign-out" onClick={() => void handleSignOut()}>
          Sign out
        </button>
      </div>
    </div>
  );
}

export function Header() {
  const { user } = useSession();
  return (
    <header className="moj-header" role="banner">
      <div className="moj-header__container">
        <div className="moj-header__logo">
          <Link to="/" className="moj-header__link moj-header__link--organisation-name">
            Roundtable
          </Link>
          <span className="roundtable-header__service-name">Multi-agency panels</span>
        </div>
        {user && <SignedInUser user={user} />}
      </div>
    </header>
  );
}

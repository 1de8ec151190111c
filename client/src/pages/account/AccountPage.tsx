// The signed-in user's own account: two-step sign-in status and set-up.
import { useCallback, useState } from 'react';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { useCurrentUser } from '../../session/SessionContext';
import { authApi } from '../auth/authApi';
import { EnrolStep } from '../auth/EnrolStep';
import '../auth/auth.css';

export function AccountPage() {
  const user = useCurrentUser();
  const load = useCallback((signal: AbortSignal) => authApi.mfaStatus(signal), []);
  const status = useApiData(load);
  const [enrolling, setEnrolling] = useState(false);
  const [justEnrolled, setJustEnrolled] = useState(false);
  usePageTitle('Your account');

  if (enrolling) {
    return (
      <EnrolStep
        continueLabel="I have saved my recovery codes"
        onDone={() => {
          setEnrolling(false);
          setJustEnrolled(true);
          status.reload();
        }}
      />
    );
  }
  if (status.status === 'loading') return <Loading what="your account" />;
  if (status.status === 'failed') return <LoadFailed error={status.error} />;
  const mfa = status.data;
  return (
    <>
      {justEnrolled && <SuccessBanner title="Two-step sign-in is on">From now on you sign in with your password and a code from your app.</SuccessBanner>}
      <h1 className="govuk-heading-l">Your account</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Username</dt>
          <dd className="govuk-summary-list__value">{user.username}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Two-step sign-in</dt>
          <dd className="govuk-summary-list__value" data-testid="mfa-status">
            {mfa.enrolled ? `On (${mfa.recoveryCodesLeft} recovery codes left)` : mfa.required ? 'Required for your role, not set up' : 'Off'}
          </dd>
        </div>
      </dl>
      {!mfa.enrolled && (
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => setEnrolling(true)}>
          Set up two-step sign-in
        </button>
      )}
    </>
  );
}

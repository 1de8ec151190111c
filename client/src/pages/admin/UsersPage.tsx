// Administrators: every account with its role, agency and status; disable, enable, end its sessions.
import { useCallback, useState } from 'react';
import { ApiError } from '../../api';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { plural } from '../../format';
import { ROLE_LABELS } from '../../labels';
import { useSession } from '../../session/SessionContext';
import { useDirectory } from '../../session/useDirectory';
import { adminApi } from './adminApi';
import { RequireAdmin } from './RequireAdmin';
import type { AdminUser } from '../../../../shared/api/users';

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function UsersTable() {
  const { user: me } = useSession();
  const load = useCallback((signal: AbortSignal) => adminApi.users(signal), []);
  const users = useApiData(load);
  const directory = useDirectory();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(user: AdminUser, what: string, action: () => Promise<string>) {
    setBusy(user._id);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', message: await action() });
      users.reload();
    } catch (err) {
      setOutcome({ kind: 'failed', message: err instanceof ApiError ? err.message : `Could not ${what}. Try again.` });
    } finally {
      setBusy(null);
    }
  }

  if (users.status === 'loading') return <Loading what="users" />;
  if (users.status === 'failed') return <LoadFailed error={users.error} />;
  const agencyName = (id: string) => (directory.status === 'loaded' ? (directory.data.agency(id)?.name ?? '') : '');

  return (
    <>
      {outcome?.kind === 'done' && <SuccessBanner title="Done">{outcome.message}</SuccessBanner>}
      {outcome?.kind === 'failed' && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{outcome.message}</p>
          </div>
        </div>
      )}
      <GovukTable
        caption={plural(users.data.total, 'user')}
        captionStyle="medium"
        columns={['Name', 'Username', 'Role', 'Agency', 'Status', { label: 'Actions', visuallyHidden: true }]}
        testId="users-table"
      >
        {users.data.items.map((user) => (
          <Row key={user._id}>
            <Cell>{user.displayName}</Cell>
            <Cell>{user.username}</Cell>
            <Cell>{ROLE_LABELS[user.role] ?? user.role}</Cell>
            <Cell>{agencyName(user.agencyId)}</Cell>
            <Cell>
              <strong className={`govuk-tag ${user.status === 'active' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>{user.status === 'active' ? 'Active' : 'Disabled'}</strong>
            </Cell>
            <Cell>
              <div className="govuk-button-group">
                {user.status === 'active' ? (
                  <AccountButton
                    warning
                    label="Disable"
                    hiddenLabel={` ${user.displayName}`}
                    disabled={busy !== null || user._id === me?._id}
                    onClick={() =>
                      void run(user, 'disable the account', async () => {
                        await adminApi.disable(user._id);
                        return `${user.displayName} can no longer sign in.`;
                      })
                    }
                  />
                ) : (
                  <AccountButton
                    label="Enable"
                    hiddenLabel={` ${user.displayName}`}
                    disabled={busy !== null}
                    onClick={() =>
                      void run(user, 'enable the account', async () => {
                        await adminApi.enable(user._id);
                        return `${user.displayName} can sign in again.`;
                      })
                    }
                  />
                )}
                <AccountButton
                  label="End sessions"
                  hiddenLabel={` of ${user.displayName}`}
                  disabled={busy !== null}
                  onClick={() =>
                    void run(user, 'end the sessions', async () => {
                      const { ended } = await adminApi.endSessions(user._id);
                      return `${plural(ended, 'session')} of ${user.displayName} ended.`;
                    })
                  }
                />
              </div>
            </Cell>
          </Row>
        ))}
      </GovukTable>
    </>
  );
}

export function UsersPage() {
  usePageTitle('Users');
  return (
    <RequireAdmin>
      <h1 className="govuk-heading-l">Users</h1>
      <UsersTable />
    </RequireAdmin>
  );
}

/** One button of a user's row; the visually hidden part names the user for screen readers. */
function AccountButton({ label, hiddenLabel, warning = false, disabled, onClick }: { label: string; hiddenLabel: string; warning?: boolean; disabled: boolean; onClick(): void }) {
  return (
    <button type="button" className={`govuk-button ${warning ? 'govuk-button--warning' : 'govuk-button--secondary'} govuk-!-margin-bottom-0`} disabled={disabled} onClick={onClick}>
      {label}
      <span className="govuk-visually-hidden">{hiddenLabel}</span>
    </button>
  );
}

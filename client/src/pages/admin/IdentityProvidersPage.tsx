// Administrators: each agency's single sign-on provider, registered, turned off or on, or removed.
import { useCallback, useState } from 'react';
import { ApiError } from '../../api';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { api } from '../../api';
import { IdentityProviderForm } from './IdentityProviderForm';
import type { IdentityProviderView } from '../../../../shared/api/identityProviders';
import { identityProvidersApi } from './identityProvidersApi';
import { RequireAdmin } from './RequireAdmin';

function mapping(provider: IdentityProviderView): string {
  const parts = [
    provider.agencyClaim ? `${provider.agencyClaim.name} = ${provider.agencyClaim.value}` : '',
    provider.emailDomains?.length ? `e-mail at ${provider.emailDomains.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join(' or ');
}

function Providers() {
  const load = useCallback(async (signal: AbortSignal) => {
    const [providers, agencies] = await Promise.all([identityProvidersApi.list(signal), api.agencies(signal)]);
    return { providers: providers.items, agencies: agencies.items };
  }, []);
  const data = useApiData(load);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: done });
      data.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : 'That did not work. Try again.' });
    }
  }

  if (data.status === 'loading') return <Loading what="identity providers" />;
  if (data.status === 'failed') return <LoadFailed error={data.error} />;
  const agencyName = (id: string) => data.data.agencies.find((a) => a._id === id)?.name ?? '';
  return (
    <>
      {message?.ok && <SuccessBanner title="Done">{message.text}</SuccessBanner>}
      {message && !message.ok && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{message.text}</p>
          </div>
        </div>
      )}
      <GovukTable caption={`${data.data.providers.length} registered`} captionStyle="medium" columns={['Name', 'Agency', 'Issuer', 'Users map by', 'Status', { label: 'Actions', visuallyHidden: true }]} testId="identity-providers-table">
        {data.data.providers.map((provider) => (
          <Row key={provider._id}>
            <Cell>{provider.name}</Cell>
            <Cell>{agencyName(provider.agencyId)}</Cell>
            <Cell>{provider.issuer}</Cell>
            <Cell>{mapping(provider)}</Cell>
            <Cell>{provider.enabled ? 'On' : 'Off'}</Cell>
            <Cell>
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-right-2" onClick={() => void run(() => identityProvidersApi.setEnabled(provider._id, !provider.enabled), `${provider.name} is ${provider.enabled ? 'off' : 'on'}.`)}>
                {provider.enabled ? 'Turn off' : 'Turn on'} <span className="govuk-visually-hidden">{provider.name}</span>
              </button>
              <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={() => void run(() => identityProvidersApi.remove(provider._id), `${provider.name} was removed.`)}>
                Remove <span className="govuk-visually-hidden">{provider.name}</span>
              </button>
            </Cell>
          </Row>
        ))}
      </GovukTable>
      <IdentityProviderForm agencies={data.data.agencies} onCreated={(name) => { setMessage({ ok: true, text: `${name} is registered. Its button is on the sign-in page.` }); data.reload(); }} />
    </>
  );
}

export function IdentityProvidersPage() {
  usePageTitle('Single sign-on');
  return (
    <RequireAdmin>
      <h1 className="govuk-heading-l">Single sign-on</h1>
      <p className="govuk-body">Each agency can sign its staff in with its own OpenID Connect provider. Passwords keep working.</p>
      <Providers />
    </RequireAdmin>
  );
}

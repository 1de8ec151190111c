// "Sign in with <agency's identity provider>" links styled as buttons (they navigate away), one per registered provider (GET /api/auth/providers).
import { useEffect, useState } from 'react';
import { authApi, type SignInProvider } from './authApi';

export function SsoButtons() {
  const [providers, setProviders] = useState<SignInProvider[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    // Without the list the page still offers the password form: a failure here shows no buttons.
    authApi.providers(controller.signal).then(({ providers: list }) => setProviders(list), () => undefined);
    return () => controller.abort();
  }, []);
  if (!providers.length) return null;
  return (
    <div className="rt-sso-list">
      <h2 className="govuk-heading-m">Sign in with your organisation</h2>
      {providers.map((provider) => (
        <a key={provider.id} href={provider.startUrl} className="govuk-button govuk-button--secondary govuk-!-margin-right-2" data-module="govuk-button">
          Sign in with {provider.name}
        </a>
      ))}
      <p className="govuk-body">Or use the username and password your partnership administrator gave you.</p>
    </div>
  );
}

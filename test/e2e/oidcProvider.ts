// A real OpenID provider (oidc-provider) on loopback for single-sign-on tests: in-memory, one static client,
// development login/consent pages, accounts with an e-mail and an agency claim.
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import type { Page } from 'playwright-core';
import { freePort } from '../support/process.js';

export interface TestAccount {
  email: string;
  name: string;
  agency: string;
}

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startOidcProvider(client: { clientId: string; clientSecret: string; redirectUri: string }, accounts: Record<string, TestAccount>): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'agency'] },
    async findAccount(_ctx, sub) {
      const account = accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: true, name: account.name, agency: account.agency }) };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['roundtable-test-provider'] },
  });
  // Silence the development-mode warnings and errors this provider prints for expected refusals.
  provider.on('server_error', () => undefined);
  const server: Server = provider.listen(port, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Signs in at the provider's development pages: any login name, any password, then consent. */
export async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
}

/**
 * Lets the browser sign in at a provider but keeps its final answer (the redirect to our callback, with the code)
 * from reaching Roundtable: the form posts are replayed here without following redirects, with the page's cookies.
 */
export async function captureCallback(page: Page, issuer: string, callbackPrefix: string): Promise<{ url: URL | null }> {
  const captured: { url: URL | null } = { url: null };
  await page.route(`${issuer}/interaction/**`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const posted = await route.fetch({ maxRedirects: 0 });
    const resume = posted.headers().location;
    if (!resume) return route.fulfill({ response: posted });
    const resumed = await page.request.get(new URL(resume, issuer).toString(), { maxRedirects: 0 });
    const next = resumed.headers().location ?? '';
    if (next.startsWith(callbackPrefix)) {
      captured.url = new URL(next);
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'answer kept by the test' });
    }
    return route.fulfill({ status: 303, headers: { location: new URL(next, issuer).toString() } });
  });
  return captured;
}

// The OpenID Connect relying party with openid-client v6: discovery (cached per provider), the authorization
// URL (code flow, PKCE S256, state, nonce) and the code exchange that checks issuer, audience, nonce and PKCE.
import type * as Oidc from 'openid-client';
import type { IdentityProviderDoc } from '../../store/records.js';

/** openid-client is loaded on the first sign-in through an identity provider (about 7 MB a server without one keeps). */
const client = () => import('openid-client');
type Configuration = Oidc.Configuration;

const cache = new Map<string, { key: string; config: Promise<Configuration> }>();

/** Plain http is for loopback and development only. */
function insecureAllowed(issuer: URL, env: NodeJS.ProcessEnv = process.env): boolean {
  if (issuer.protocol === 'https:') return false;
  return env.NODE_ENV !== 'production' || ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

export function configurationFor(provider: IdentityProviderDoc): Promise<Configuration> {
  const key = `${provider.issuer}|${provider.clientId}|${provider.clientSecret}|${provider.updatedAt ?? provider.createdAt}`;
  const cached = cache.get(provider._id);
  if (cached?.key === key) return cached.config;
  const issuer = new URL(provider.issuer);
  if (issuer.protocol !== 'https:' && !insecureAllowed(issuer)) return Promise.reject(new Error('identity provider issuer must use https'));
  const config = client().then((oidc) =>
    oidc.discovery(issuer, provider.clientId, { client_secret: provider.clientSecret }, oidc.ClientSecretBasic(provider.clientSecret), {
      ...(insecureAllowed(issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
      timeout: 10,
    }),
  );
  cache.set(provider._id, { key, config });
  // A failed discovery is tried again next time rather than remembered.
  config.catch(() => cache.delete(provider._id));
  return config;
}

export interface AuthorizationStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function startAuthorization(config: Configuration, redirectUri: string): Promise<AuthorizationStart> {
  const oidc = await client();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state, nonce, codeVerifier };
}

export type Claims = Record<string, unknown> & { sub: string; iss: string };

/** Exchanges the code; the ID token is verified (iss = the registered issuer, aud, nonce); userinfo fills in claims. */
export async function finishAuthorization(
  config: Configuration,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<Claims> {
  const oidc = await client();
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: expected.codeVerifier,
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('no ID token');
  let extra: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint) extra = { ...(await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)) };
  return { ...extra, ...idClaims } as Claims;
}

// One single-sign-on attempt in flight, kept in the (not yet signed-in) session between leaving for the identity
// provider and coming back: which provider, and the state, nonce and PKCE verifier that bind the answer to it.
import type { Request } from 'express';

export interface OidcTransaction {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  at: number;
}

declare module 'express-session' {
  interface SessionData {
    oidc?: OidcTransaction;
  }
}

/** A sign-in not completed within this time must start again. */
export const TRANSACTION_MS = 10 * 60 * 1000;

export async function saveTransaction(req: Request, transaction: Omit<OidcTransaction, 'at'>): Promise<void> {
  req.session.oidc = { ...transaction, at: Date.now() };
  await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

/** Takes the transaction out of the session (it can be used once); null when there is none or it lapsed. */
export function takeTransaction(req: Request, now = Date.now()): OidcTransaction | null {
  const transaction = req.session?.oidc;
  if (req.session) delete req.session.oidc;
  if (!transaction || now - transaction.at > TRANSACTION_MS) return null;
  return transaction;
}

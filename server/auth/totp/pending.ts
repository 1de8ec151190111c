// The "password right, second factor pending" state of a session. It carries no passport user, so every
// route but the second-factor ones answers 401 until the code (or enrolment) is done.
import type { Request } from 'express';

export type PendingStage = 'verify' | 'enrol';

export interface PendingSignIn {
  userId: string;
  username: string;
  stage: PendingStage;
  /** When the password was checked (ms); the state lapses after PENDING_MS. */
  at: number;
}

declare module 'express-session' {
  interface SessionData {
    pendingSignIn?: PendingSignIn;
  }
}

export const PENDING_MS = 10 * 60 * 1000;

/** Opens a fresh session (new id) holding only the pending state. */
export async function startPending(req: Request, pending: Omit<PendingSignIn, 'at'>): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  req.session.pendingSignIn = { ...pending, at: Date.now() };
  await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

/** The request's live pending state, or null (none, or it lapsed). */
export function pendingOf(req: Request, now = Date.now()): PendingSignIn | null {
  const pending = req.session?.pendingSignIn;
  if (!pending || now - pending.at > PENDING_MS) return null;
  return pending;
}

export function clearPending(req: Request): void {
  if (req.session) delete req.session.pendingSignIn;
}

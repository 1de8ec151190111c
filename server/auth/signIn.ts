// The session steps of signing in and out, as promises: check the password, open a fresh session, end it.
import type { Request, Response } from 'express';
import type { PublicUser } from '../../shared/domain/records.js';
import { stampSession, type SessionAuth } from './session.js';

/** Runs the local strategy on the request body: the user, or null for any refusal. */
export function checkPassword(auth: SessionAuth, req: Request, res: Response): Promise<PublicUser | null> {
  return new Promise((resolve, reject) => {
    auth.passport.authenticate('local', (err: unknown, user: PublicUser | false) => (err ? reject(err) : resolve(user || null)))(req, res, (err: unknown) =>
      reject(err),
    );
  });
}

/** Opens a new session (a new id prevents session fixation) for the user, noting where it was opened. */
export async function openSession(req: Request, user: PublicUser): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  await new Promise<void>((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));
  stampSession(req);
}

/** Ends the request's session, if any, in the store. */
export async function closeSession(req: Request): Promise<void> {
  await new Promise<void>((resolve, reject) => req.logOut((err) => (err ? reject(err) : resolve())));
  await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
}

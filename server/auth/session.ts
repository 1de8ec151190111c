// Passport local strategy and server-side sessions kept in the store.
// The same session middleware authenticates REST requests, Socket.IO handshakes and Yjs upgrades.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { PublicUser } from '../../shared/domain/records.js';
import type { Config } from '../config.js';
import type { UserService } from '../services/users.js';
import type { Store } from '../store/port.js';
import { PortSessionStore } from './sessionStore.js';

export const SESSION_COOKIE = 'roundtable.sid';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends PublicUser {}
  }
}

export interface SessionAuth {
  passport: passport.Authenticator;
  sessionMiddleware: RequestHandler;
  /** Reads the session cookie of a raw request (a WebSocket upgrade, a Socket.IO handshake). */
  userFromRequest(req: IncomingMessage): Promise<PublicUser | null>;
}

export function createSessionAuth(config: Config, store: Store, users: UserService): SessionAuth {
  const authenticator = new passport.Passport();
  authenticator.use(
    new LocalStrategy({ session: true }, (username, password, done) => {
      users.authenticate(username, password).then((user) => done(null, user ?? false), done);
    }),
  );
  authenticator.serializeUser((user, done) => done(null, (user as PublicUser)._id));
  authenticator.deserializeUser((id: string, done) => {
    users.findById(id).then((user) => done(null, user ?? false), done);
  });

  const maxAge = config.sessionMaxAgeMinutes * 60 * 1000;
  const sessionMiddleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PortSessionStore(store.collection('sessions'), maxAge),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxy,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge },
  });

  async function userFromRequest(req: IncomingMessage): Promise<PublicUser | null> {
    const expressReq = req as IncomingMessage & { session?: session.Session & { passport?: { user?: string } } };
    await new Promise<void>((resolve, reject) =>
      sessionMiddleware(expressReq as never, {} as ServerResponse as never, (err?: unknown) => (err ? reject(err) : resolve())),
    );
    const id = expressReq.session?.passport?.user;
    return id ? users.findById(id) : null;
  }

  return { passport: authenticator, sessionMiddleware, userFromRequest };
}

// Passport local strategy and server-side sessions kept in the store.
// The same session middleware authenticates REST requests, Socket.IO handshakes and Yjs upgrades.
// A session of a disabled (or deleted) account yields no user anywhere: each request re-reads the account.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { PublicUser } from '../../shared/domain/records.js';
import type { Config } from '../config.js';
import type { UserService } from '../services/users.js';
import type { Store } from '../store/port.js';
import { PortSessionStore, type SessionClient } from './sessionStore.js';

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
    users.findActiveById(id).then((user) => done(null, user ?? false), done);
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
    const expressReq = req as IncomingMessage & { session?: session.Session & Partial<session.SessionData> };
    await new Promise<void>((resolve, reject) =>
      sessionMiddleware(expressReq as never, {} as ServerResponse as never, (err?: unknown) => (err ? reject(err) : resolve())),
    );
    const id = expressReq.session?.passport?.user;
    return id ? users.findActiveById(id) : null;
  }

  return { passport: authenticator, sessionMiddleware, userFromRequest };
}

const USER_AGENT_MAX = 300;

/** Notes on a freshly signed-in session where it was opened, and gives it the handle administrators use. */
export function stampSession(req: Request): SessionClient {
  const client: SessionClient = {
    handle: randomUUID(),
    ip: req.ip ?? '',
    userAgent: (req.get('user-agent') ?? '').slice(0, USER_AGENT_MAX),
    signedInAt: new Date().toISOString(),
  };
  req.session.client = client;
  return client;
}

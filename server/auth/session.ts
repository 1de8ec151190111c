// Passport local strategy and server-side sessions kept in the store.
// The same session middleware authenticates REST requests, Socket.IO handshakes and Yjs upgrades.
// A session of a disabled (or deleted) account yields no user anywhere: each request re-reads the account.
// Sessions end after config.sessionIdleMs unused and config.sessionAbsoluteMs after sign-in (sessionLifetime.ts).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { PublicUser } from '../../shared/domain/records.js';
import type { Config } from '../config.js';
import { originRule, type OriginRule } from './originCheck.js';
import type { UserService } from '../services/users.js';
import type { Store } from '../store/port.js';
import { enforceSessionLifetime } from './sessionLifetime.js';
import { PortSessionStore, type SessionClient } from './sessionStore.js';

export const SESSION_COOKIE = 'roundtable.sid';
/** How long the answer for one cookie is reused by sockets opening (see userFromUpgrade). */
export const SESSION_CACHE_MS = 2000;
const SESSION_CACHE_MAX = 10_000;

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
  /**
   * As userFromRequest, for a burst of sockets opening with the same cookie (a room's documents, a reconnection storm):
   * an answer is reused for up to SESSION_CACHE_MS, and none is reused once forgetSessions() has been called. Never for
   * the re-check of an open socket, which must read the session afresh.
   */
  userFromUpgrade(req: IncomingMessage): Promise<PublicUser | null>;
  /** Drops every reused answer: called on each access change (sign-out, an account disabled or changed). */
  forgetSessions(): void;
  /** Which origins' pages may change state and open sockets with the session cookie. */
  origins: OriginRule;
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

  const limits = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };
  const expressSession = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store: new PortSessionStore(store.collection('sessions'), limits.idleMs),
    resave: false,
    saveUninitialized: false,
    // Each request moves the idle expiry on; the absolute limit caps it (enforceSessionLifetime).
    rolling: true,
    proxy: config.trustProxy,
    // Secure in production: behind a TLS-terminating proxy, trust proxy must be set for the cookie to be sent.
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.secureCookies ? true : 'auto', maxAge: limits.idleMs },
  });
  const lifetime = enforceSessionLifetime(limits);
  const sessionMiddleware: RequestHandler = (req, res, next) => {
    expressSession(req, res, (err?: unknown) => (err ? next(err) : lifetime(req, res, next)));
  };

  async function userFromRequest(req: IncomingMessage): Promise<PublicUser | null> {
    const expressReq = req as IncomingMessage & { session?: session.Session & Partial<session.SessionData> };
    await new Promise<void>((resolve, reject) =>
      sessionMiddleware(expressReq as never, {} as ServerResponse as never, (err?: unknown) => (err ? reject(err) : resolve())),
    );
    const id = expressReq.session?.passport?.user;
    return id ? users.findActiveById(id) : null;
  }

  const recent = new Map<string, { user: Promise<PublicUser | null>; until: number }>();
  function userFromUpgrade(req: IncomingMessage): Promise<PublicUser | null> {
    const cookie = req.headers.cookie;
    if (!cookie) return userFromRequest(req);
    const now = Date.now();
    const known = recent.get(cookie);
    if (known && known.until > now) return known.user;
    if (recent.size >= SESSION_CACHE_MAX) recent.clear();
    const user = userFromRequest(req);
    recent.set(cookie, { user, until: now + SESSION_CACHE_MS });
    // A failed lookup is not kept.
    user.catch(() => recent.delete(cookie));
    return user;
  }

  return { passport: authenticator, sessionMiddleware, userFromRequest, userFromUpgrade, forgetSessions: () => recent.clear(), origins: originRule(config) };
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
  req.session.startedAt = Date.parse(client.signedInAt);
  return client;
}

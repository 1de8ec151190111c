// express-session store over the persistence port, so sessions live with the rest of the data. Each stored
// session also carries, as indexed fields, whose it is and where it was opened, so that an administrator can
// list and end one user's sessions without ever seeing a session id.
import session from 'express-session';
import type { Collection } from '../store/port.js';
import type { SessionDoc } from '../store/records.js';

/** Set on the session at sign-in (see session.ts); the store lifts it into the fields below. */
export interface SessionClient {
  /** Opaque, random, not the session id: what administrators use to end one session. */
  handle: string;
  ip: string;
  userAgent: string;
  signedInAt: string;
}

declare module 'express-session' {
  interface SessionData {
    passport?: { user?: string };
    client?: SessionClient;
  }
}

/** What an administrator sees of a session: no id, no data. */
export interface SessionSummary {
  handle: string | null;
  signedInAt: string | null;
  lastSeenAt: string | null;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

function ownerFields(sess: session.SessionData): Partial<SessionDoc> {
  const userId = sess.passport?.user;
  const client = sess.client;
  return {
    ...(userId ? { userId } : {}),
    ...(client ? { handle: client.handle, ip: client.ip, userAgent: client.userAgent, signedInAt: client.signedInAt } : {}),
  };
}

export class PortSessionStore extends session.Store {
  constructor(
    private readonly sessions: Collection<SessionDoc>,
    private readonly defaultTtlMs: number,
  ) {
    super();
  }

  private expiry(sess: session.SessionData): Date {
    const cookieExpiry = sess.cookie?.expires ? new Date(sess.cookie.expires) : null;
    return cookieExpiry ?? new Date(Date.now() + this.defaultTtlMs);
  }

  override get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void {
    this.sessions
      .findOne({ _id: sid })
      .then((doc) => {
        if (!doc || new Date(doc.expiresAt).getTime() <= Date.now()) return cb(null, null);
        cb(null, JSON.parse(doc.data) as session.SessionData);
      })
      .catch(cb);
  }

  override set(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    const owner = ownerFields(sess);
    this.sessions
      .updateOne(
        { _id: sid },
        {
          $set: { data: JSON.stringify(sess), expiresAt: this.expiry(sess), lastSeenAt: new Date().toISOString(), ...owner },
          ...(owner.userId ? {} : { $unset: { userId: true } }),
        },
        { upsert: true },
      )
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }

  override touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    // Also (re)writes the owner fields, so sessions stored before they existed become listable on their next request.
    this.sessions
      .updateOne({ _id: sid }, { $set: { expiresAt: this.expiry(sess), lastSeenAt: new Date().toISOString(), ...ownerFields(sess) } })
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }

  override destroy(sid: string, cb?: (err?: unknown) => void): void {
    this.sessions
      .deleteMany({ _id: sid })
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }
}

/** One user's sessions, as the account services read and end them. */
export function userSessions(sessions: Collection<SessionDoc>) {
  return {
    async list(userId: string): Promise<SessionSummary[]> {
      const docs = await sessions.find({ userId, expiresAt: { $gt: new Date() } }, { sort: { lastSeenAt: -1 } });
      return docs.map((doc) => ({
        handle: doc.handle ?? null,
        signedInAt: doc.signedInAt ?? null,
        lastSeenAt: doc.lastSeenAt ?? null,
        expiresAt: new Date(doc.expiresAt).toISOString(),
        ip: doc.ip ?? null,
        userAgent: doc.userAgent ?? null,
      }));
    },
    /** Ends every session of the user, or only the one with that handle; returns how many ended. */
    end(userId: string, handle?: string): Promise<number> {
      return sessions.deleteMany(handle ? { userId, handle } : { userId });
    },
  };
}

// express-session store over the persistence port, so sessions live with the rest of the data.
import session from 'express-session';
import type { Collection } from '../store/port.js';

interface SessionDoc {
  _id: string;
  data: string;
  expiresAt: Date;
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
    this.sessions
      .updateOne({ _id: sid }, { $set: { data: JSON.stringify(sess), expiresAt: this.expiry(sess) } }, { upsert: true })
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }

  override touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    this.sessions
      .updateOne({ _id: sid }, { $set: { expiresAt: this.expiry(sess) } })
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

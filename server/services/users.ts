// Accounts: create, change, disable and enable users, check passwords, and read or end a user's sessions.
import { toPublicUser } from '../../shared/domain/publicUser.js';
import { randomUUID } from 'node:crypto';
import type { AdminUser } from '../../shared/api/users.js';
import type { PublicUser } from '../../shared/domain/records.js';
import type { UserInput } from '../../shared/domain/schemas.js';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from '../auth/passwords.js';
import { unusablePasswordHash } from '../auth/secretHash.js';
import { userSessions, type SessionSummary } from '../auth/sessionStore.js';
import type { Store } from '../store/port.js';
import { DuplicateKeyError } from '../store/port.js';
import type { MfaFactor, UserDoc } from '../store/records.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { listPage, type PageRequest } from './records.js';

export function toAdminUser(doc: UserDoc): AdminUser {
  return { ...toPublicUser(doc), status: doc.disabledAt ? 'disabled' : 'active', ...(doc.disabledAt ? { disabledAt: doc.disabledAt } : {}) };
}

export function userService(store: Store) {
  const users = store.collection('users');
  const agencies = store.collection('agencies');
  const sessions = userSessions(store.collection('sessions'));

  async function requireAgency(agencyId: string) {
    if (!(await agencies.findOne({ _id: agencyId }))) throw new Invalid('Invalid agencyId: no such agency');
  }

  async function requireDoc(id: string): Promise<UserDoc> {
    const doc = await users.findOne({ _id: id });
    if (!doc) throw new NotFound('User');
    return doc;
  }

  async function setPassword(id: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    if (!(await users.updateOne({ _id: id }, { $set: { passwordHash, updatedAt: new Date().toISOString() } }))) throw new NotFound('User');
  }

  /** Changes the account; a new password also ends every session of it (`sessionsEnded`). */
  async function updateAccount(id: string, patch: Partial<Omit<UserInput, 'username'>>): Promise<{ user: PublicUser; sessionsEnded: number }> {
    if (patch.agencyId) await requireAgency(patch.agencyId);
    const { password, ...rest } = patch;
    const set: Record<string, unknown> = { ...rest, updatedAt: new Date().toISOString() };
    if (password) set.passwordHash = await hashPassword(password);
    const updated = await users.findOneAndUpdate({ _id: id }, { $set: set });
    if (!updated) throw new NotFound('User');
    const sessionsEnded = password ? await sessions.end(id) : 0;
    return { user: toPublicUser(updated), sessionsEnded };
  }

  async function insertUser(doc: UserDoc): Promise<PublicUser> {
    try {
      await users.insertOne(doc);
    } catch (err) {
      if (err instanceof DuplicateKeyError) throw new Conflict('That username is already taken');
      throw err;
    }
    return toPublicUser(doc);
  }

  return {
    async create(input: UserInput): Promise<PublicUser> {
      await requireAgency(input.agencyId);
      const { password, ...rest } = input;
      const doc: UserDoc = { ...rest, _id: randomUUID(), passwordHash: await hashPassword(password), createdAt: new Date().toISOString() };
      return insertUser(doc);
    },
    updateAccount,
    async update(id: string, patch: Partial<Omit<UserInput, 'username'>>): Promise<PublicUser> {
      return (await updateAccount(id, patch)).user;
    },
    async get(id: string): Promise<PublicUser> {
      return toPublicUser(await requireDoc(id));
    },
    async getForAdmin(id: string): Promise<AdminUser> {
      return toAdminUser(await requireDoc(id));
    },
    /** Any account, disabled or not (e.g. to name a meeting's chair). Not for deciding who is signed in. */
    async findById(id: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ _id: id });
      return doc ? toPublicUser(doc) : null;
    },
    /** The account behind a session: null when it is gone or disabled, so the session is refused. */
    async findActiveById(id: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ _id: id });
      return doc && !doc.disabledAt ? toPublicUser(doc) : null;
    },
    /** Display names of the given users, for listings that show ids (unknown ids are left out). */
    async displayNames(ids: string[]): Promise<Map<string, string>> {
      const docs = await users.find({ _id: { $in: [...new Set(ids)] } });
      return new Map(docs.map((doc) => [doc._id, doc.displayName]));
    },
    async findByUsername(username: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ username });
      return doc ? toPublicUser(doc) : null;
    },
    async list(filter: { agencyId?: string; role?: string }, page: PageRequest, view: 'public' | 'admin' = 'public') {
      const query: Record<string, unknown> = {};
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.role) query.role = filter.role;
      const result = await listPage(users, query, page, { username: 1 });
      return { ...result, items: result.items.map(view === 'admin' ? toAdminUser : toPublicUser) };
    },
    /** Checks a password; unknown and disabled users cost the same scrypt run as wrong passwords. */
    async authenticate(username: string, password: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ username });
      const ok = await verifyPassword(password, doc?.passwordHash ?? (await DUMMY_HASH_PROMISE));
      return doc && ok && !doc.disabledAt ? toPublicUser(doc) : null;
    },
    /** The user's own change: false when the current password is not right (nothing changes then). */
    async changeOwnPassword(id: string, currentPassword: string, newPassword: string): Promise<{ changed: boolean; sessionsEnded: number }> {
      const doc = await requireDoc(id);
      if (doc.disabledAt || !(await verifyPassword(currentPassword, doc.passwordHash))) return { changed: false, sessionsEnded: 0 };
      await setPassword(id, newPassword);
      return { changed: true, sessionsEnded: await sessions.end(id) };
    },
    /** The account document with its second factor, for the sign-in and enrolment steps only (never sent out). */
    async findDoc(id: string): Promise<UserDoc | null> {
      return users.findOne({ _id: id });
    },
    /** Keeps a new TOTP secret awaiting confirmation (replacing any earlier one). */
    async startMfaEnrolment(id: string, secret: string): Promise<void> {
      if (!(await users.updateOne({ _id: id }, { $set: { mfaEnrolment: { secret, createdAt: new Date().toISOString() } } }))) throw new NotFound('User');
    },
    /** Makes the pending secret the account's second factor, with new recovery codes; ends other sessions. */
    async confirmMfaEnrolment(id: string, secret: string, lastStep: number, recoveryCodes: string[]): Promise<void> {
      const mfa: MfaFactor = { secret, enabledAt: new Date().toISOString(), lastStep, recoveryCodes };
      const now = new Date().toISOString();
      const updated = await users.updateOne({ _id: id, 'mfaEnrolment.secret': secret }, { $set: { mfa, updatedAt: now }, $unset: { mfaEnrolment: true } });
      if (!updated) throw new Conflict('The enrolment has changed: start again');
    },
    /** Accepts a TOTP time step once: false when it (or a later one) was already used. */
    async useTotpStep(id: string, step: number): Promise<boolean> {
      return (await users.updateOne({ _id: id, 'mfa.lastStep': { $lt: step } }, { $set: { 'mfa.lastStep': step } })) > 0;
    },
    /** Spends a recovery code (by its stored hash): false when it was already spent. */
    async useRecoveryCode(id: string, hash: string, remaining: string[]): Promise<boolean> {
      return (await users.updateOne({ _id: id, 'mfa.recoveryCodes': hash }, { $set: { 'mfa.recoveryCodes': remaining } })) > 0;
    },
    /** Removes the second factor (an administrator's reset for a lost phone). */
    async resetMfa(id: string): Promise<boolean> {
      await requireDoc(id);
      return (await users.updateOne({ _id: id, mfa: { $exists: true } }, { $unset: { mfa: true, mfaEnrolment: true }, $set: { updatedAt: new Date().toISOString() } })) > 0;
    },
    /** An active or disabled account by e-mail within one agency (linking a first single sign-on). */
    async findByEmail(agencyId: string, email: string): Promise<UserDoc | null> {
      const exact = new RegExp(`^${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
      const found = await users.find({ agencyId, email: { $regex: exact } }, { limit: 2 });
      return found.length === 1 ? found[0] : null;
    },
    async findByExternalId(externalId: string): Promise<UserDoc | null> {
      return users.findOne({ externalIds: externalId });
    },
    async linkExternalId(id: string, externalId: string): Promise<void> {
      const doc = await requireDoc(id);
      const externalIds = [...new Set([...(doc.externalIds ?? []), externalId])];
      await users.updateOne({ _id: id }, { $set: { externalIds, updatedAt: new Date().toISOString() } });
    },
    /** A member created at first single sign-on: no usable password (a random one nobody knows). */
    async createExternal(input: Omit<UserInput, 'password'>, externalId: string): Promise<PublicUser> {
      await requireAgency(input.agencyId);
      const doc: UserDoc = {
        ...input,
        _id: randomUUID(),
        passwordHash: await unusablePasswordHash(),
        externalIds: [externalId],
        createdAt: new Date().toISOString(),
      };
      return insertUser(doc);
    },
    /** Disables the account and ends its sessions. Disabling a disabled account changes nothing. */
    async disable(id: string): Promise<{ user: AdminUser; changed: boolean; sessionsEnded: number }> {
      const doc = await requireDoc(id);
      if (doc.disabledAt) return { user: toAdminUser(doc), changed: false, sessionsEnded: await sessions.end(id) };
      const now = new Date().toISOString();
      const updated = await users.findOneAndUpdate({ _id: id }, { $set: { disabledAt: now, updatedAt: now } });
      if (!updated) throw new NotFound('User');
      return { user: toAdminUser(updated), changed: true, sessionsEnded: await sessions.end(id) };
    },
    async enable(id: string): Promise<{ user: AdminUser; changed: boolean }> {
      const doc = await requireDoc(id);
      if (!doc.disabledAt) return { user: toAdminUser(doc), changed: false };
      const updated = await users.findOneAndUpdate({ _id: id }, { $unset: { disabledAt: true }, $set: { updatedAt: new Date().toISOString() } });
      if (!updated) throw new NotFound('User');
      return { user: toAdminUser(updated), changed: true };
    },
    async sessions(id: string): Promise<SessionSummary[]> {
      await requireDoc(id);
      return sessions.list(id);
    },
    /** Ends every session of the user, or the one with that handle; returns how many ended. */
    async endSessions(id: string, handle?: string): Promise<number> {
      await requireDoc(id);
      return sessions.end(id, handle);
    },
  };
}
export type UserService = ReturnType<typeof userService>;

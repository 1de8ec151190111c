import { randomUUID } from 'node:crypto';
import type { PublicUser } from '../../shared/domain/records.js';
import type { UserInput } from '../../shared/domain/schemas.js';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Store } from '../store/port.js';
import { DuplicateKeyError } from '../store/port.js';
import { Conflict, Invalid, NotFound } from './errors.js';
import { listPage, type PageRequest } from './records.js';

export interface UserDoc extends PublicUser {
  passwordHash: string;
  createdAt: string;
  updatedAt?: string;
}

export function toPublicUser(doc: UserDoc): PublicUser {
  const { _id, username, displayName, email, agencyId, role } = doc;
  return { _id, username, displayName, ...(email ? { email } : {}), agencyId, role };
}

export function userService(store: Store) {
  const users = store.collection<UserDoc>('users');
  const agencies = store.collection<{ _id: string }>('agencies');

  async function requireAgency(agencyId: string) {
    if (!(await agencies.findOne({ _id: agencyId }))) throw new Invalid('Invalid agencyId: no such agency');
  }

  return {
    async create(input: UserInput): Promise<PublicUser> {
      await requireAgency(input.agencyId);
      const { password, ...rest } = input;
      const doc: UserDoc = { ...rest, _id: randomUUID(), passwordHash: await hashPassword(password), createdAt: new Date().toISOString() };
      try {
        await users.insertOne(doc);
      } catch (err) {
        if (err instanceof DuplicateKeyError) throw new Conflict('That username is already taken');
        throw err;
      }
      return toPublicUser(doc);
    },
    async update(id: string, patch: Partial<Omit<UserInput, 'username'>>): Promise<PublicUser> {
      if (patch.agencyId) await requireAgency(patch.agencyId);
      const { password, ...rest } = patch;
      const set: Record<string, unknown> = { ...rest, updatedAt: new Date().toISOString() };
      if (password) set.passwordHash = await hashPassword(password);
      const updated = await users.findOneAndUpdate({ _id: id }, { $set: set });
      if (!updated) throw new NotFound('User');
      return toPublicUser(updated);
    },
    async get(id: string): Promise<PublicUser> {
      const doc = await users.findOne({ _id: id });
      if (!doc) throw new NotFound('User');
      return toPublicUser(doc);
    },
    async findById(id: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ _id: id });
      return doc ? toPublicUser(doc) : null;
    },
    async findByUsername(username: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ username });
      return doc ? toPublicUser(doc) : null;
    },
    async list(filter: { agencyId?: string; role?: string }, page: PageRequest) {
      const query: Record<string, unknown> = {};
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.role) query.role = filter.role;
      const result = await listPage(users, query, page, { username: 1 });
      return { ...result, items: result.items.map(toPublicUser) };
    },
    /** Checks a password; unknown users cost the same scrypt run as wrong passwords. */
    async authenticate(username: string, password: string): Promise<PublicUser | null> {
      const doc = await users.findOne({ username });
      const ok = await verifyPassword(password, doc?.passwordHash ?? (await DUMMY_HASH_PROMISE));
      return doc && ok ? toPublicUser(doc) : null;
    },
  };
}
export type UserService = ReturnType<typeof userService>;

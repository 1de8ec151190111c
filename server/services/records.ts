// The plain record operations shared by agencies, panels and people.
import { randomUUID } from 'node:crypto';
import type { Page, Stamped } from '../../shared/domain/records.js';
import type { Collection, Filter, FindOptions } from '../store/port.js';
import { NotFound } from '../errors.js';

export interface PageRequest {
  offset?: number;
  limit?: number;
}

export async function listPage<T extends { _id: string }>(
  collection: Collection<T>,
  filter: Filter,
  page: PageRequest,
  sort: FindOptions['sort'],
): Promise<Page<T>> {
  const offset = page.offset ?? 0;
  const limit = Math.min(page.limit ?? 50, 200);
  const [items, total] = await Promise.all([collection.find(filter, { sort, skip: offset, limit }), collection.count(filter)]);
  return { items, total, offset, limit };
}

export function recordService<T extends Stamped, Input extends object>(collection: Collection<T>, label: string) {
  return {
    async create(input: Input): Promise<T> {
      const now = new Date().toISOString();
      return collection.insertOne({ ...input, _id: randomUUID(), createdAt: now } as unknown as T);
    },
    async get(id: string): Promise<T> {
      const found = await collection.findOne({ _id: id });
      if (!found) throw new NotFound(label);
      return found;
    },
    /** The record, or null when there is none (for callers that carry on without it). */
    find(id: string): Promise<T | null> {
      return collection.findOne({ _id: id });
    },
    async update(id: string, patch: Partial<Input>): Promise<T> {
      const updated = await collection.findOneAndUpdate({ _id: id }, { $set: { ...patch, updatedAt: new Date().toISOString() } });
      if (!updated) throw new NotFound(label);
      return updated;
    },
    list(filter: Filter, page: PageRequest, sort: FindOptions['sort'] = { createdAt: 1 }): Promise<Page<T>> {
      return listPage(collection, filter, page, sort);
    },
  };
}

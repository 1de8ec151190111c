import { describe, expect, it } from 'vitest';
import { groupInserts } from './groupInserts.js';
import type { Collection } from './port.js';

type Doc = { _id: string };

/** A collection whose writes finish when the test says so; it refuses the id 'bad'. */
function slowCollection() {
  const calls: string[][] = [];
  const stored: string[] = [];
  let release: () => void = () => {};
  const gate = () => new Promise<void>((resolve) => (release = resolve));
  const collection = {
    async insertMany(docs: Doc[]) {
      calls.push(docs.map((d) => d._id));
      await gate();
      if (docs.some((d) => d._id === 'bad')) throw new Error('refused');
      stored.push(...docs.map((d) => d._id));
    },
    async insertOne(doc: Doc) {
      calls.push([doc._id]);
      if (doc._id === 'bad') throw new Error('refused');
      stored.push(doc._id);
      return doc;
    },
  } as unknown as Collection<Doc>;
  return { collection, calls, stored, release: () => release() };
}

describe('groupInserts', () => {
  it('writes the first record at once and those that arrive meanwhile together in the next write', async () => {
    const { collection, calls, stored, release } = slowCollection();
    const insert = groupInserts(collection);
    const first = insert({ _id: 'a' });
    const rest = ['b', 'c', 'd'].map((_id) => insert({ _id }));
    expect(calls).toEqual([['a']]);
    release();
    await first;
    await new Promise(setImmediate);
    expect(calls).toEqual([['a'], ['b', 'c', 'd']]);
    release();
    await Promise.all(rest);
    expect(stored).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails only the record that was refused, not the others of its batch', async () => {
    const { collection, stored, release } = slowCollection();
    const insert = groupInserts(collection);
    const first = insert({ _id: 'a' });
    const good = insert({ _id: 'b' });
    const bad = insert({ _id: 'bad' });
    release();
    await first;
    await new Promise(setImmediate);
    release();
    await expect(bad).rejects.toThrow('refused');
    await good;
    expect(stored).toEqual(['a', 'b']);
  });
});

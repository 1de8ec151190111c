import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentLog, LogRecord } from '../store/port.js';
import { continuesOrder, loadStoredState } from './load.js';

/** n updates of one text, typed mostly at its end and now and then at its start, as records with seq 1, 2, … */
function history(n: number): { records: LogRecord[]; expected: string } {
  const source = new Y.Doc();
  const records: LogRecord[] = [];
  source.on('update', (update: Uint8Array) => records.push({ seq: records.length + 1, update }));
  const text = source.getText('t');
  for (let i = 0; records.length < n; i++) text.insert(i % 5 === 0 ? 0 : text.length, String.fromCharCode(97 + (i % 26)));
  return { records, expected: text.toString() };
}

/** A document log that returns the given batches (of at most batchSize records each) and notes when it is closed. */
function logOf(batches: LogRecord[][], failAfter?: number) {
  const seen = { closed: false, batches: 0 };
  const log: DocumentLog = {
    write: async () => {},
    async *read() {
      try {
        for (const batch of batches) {
          if (failAfter !== undefined && seen.batches === failAfter) throw new Error('disk gone');
          seen.batches++;
          yield batch;
        }
      } finally {
        seen.closed = true;
      }
    },
  };
  return { log, seen };
}

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const textOf = (doc: Y.Doc) => doc.getText('t').toString();

describe('continuesOrder', () => {
  it('is true for seqs rising (or equal) from the given one, false once one goes back', () => {
    const at = (...seqs: number[]) => seqs.map((seq) => ({ seq, update: new Uint8Array() }));
    expect(continuesOrder(at(4, 5, 5, 9), 3)).toBe(true);
    expect(continuesOrder(at(0, 0, 1), 0)).toBe(true);
    expect(continuesOrder([], 7)).toBe(true);
    expect(continuesOrder(at(4, 5), 6)).toBe(false);
    expect(continuesOrder(at(4, 6, 5), 0)).toBe(false);
  });
});

describe('loadStoredState', () => {
  it('applies batches in seq order as they come, and reports how many records and the highest seq', async () => {
    const { records, expected } = history(2500);
    const { log, seen } = logOf(chunks(records, 1000));
    const { doc, count, lastSeq } = await loadStoredState(log, 'case.m.p');
    expect(textOf(doc)).toBe(expected);
    expect([count, lastSeq, seen.batches, seen.closed]).toEqual([2500, 2500, 3, true]);
    expect(doc.guid).toBe('case.m.p');
  });

  it('loads the right state when a later batch comes out of order (and the first in order)', async () => {
    const { records, expected } = history(3000);
    const later = records.slice(1000).reverse();
    const { log } = logOf([records.slice(0, 1000), ...chunks(later, 1000)]);
    const { doc, count, lastSeq } = await loadStoredState(log, 'case.m.p');
    expect(textOf(doc)).toBe(expected);
    expect([count, lastSeq]).toEqual([3000, 3000]);
  });

  it('loads the right state when a batch starts before the seq the previous one ended at', async () => {
    const { records, expected } = history(900);
    // Each batch is in order on its own; together they are not.
    const { log } = logOf([records.slice(300, 600), records.slice(0, 300), records.slice(600)]);
    const { doc, lastSeq } = await loadStoredState(log, 'case.m.p');
    expect(textOf(doc)).toBe(expected);
    expect(lastSeq).toBe(900);
  });

  it('answers an empty document for a document without records', async () => {
    const { doc, count, lastSeq } = await loadStoredState(logOf([]).log, 'case.m.p');
    expect([textOf(doc), count, lastSeq]).toEqual(['', 0, 0]);
  });

  it('rejects when the store fails part-way, and closes its read', async () => {
    const { records } = history(300);
    const { log, seen } = logOf(chunks(records, 100), 2);
    await expect(loadStoredState(log, 'case.m.p')).rejects.toThrow('disk gone');
    expect(seen.closed).toBe(true);
  });
});

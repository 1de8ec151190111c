// The edit recorder writes at most one entry per user, document and window, with the count of edits in it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editRecorder, type RecordEdit } from './auditEdits.js';

type Written = { userId: string; docName: string; details: Record<string, unknown> };

function recorderWithLog(windowMs = 60_000) {
  const written: Written[] = [];
  const record: RecordEdit = async (userId, _action, _type, docName, details) => {
    written.push({ userId, docName, details });
  };
  return { written, recorder: editRecorder({ record, windowMs }) };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('editRecorder', () => {
  it('writes one entry per user and document when the minute ends, counting the edits in it', async () => {
    const { written, recorder } = recorderWithLog();
    recorder.noteEdit('u1', 'doc-a');
    await vi.advanceTimersByTimeAsync(20_000);
    recorder.noteEdit('u1', 'doc-a');
    recorder.noteEdit('u1', 'doc-b');
    recorder.noteEdit('u2', 'doc-a');
    expect(written).toEqual([]);
    expect(recorder.pending()).toBe(3);

    await vi.advanceTimersByTimeAsync(40_000);
    expect(written).toEqual([
      { userId: 'u1', docName: 'doc-a', details: { edits: 2, firstAt: '2026-11-24T10:00:00.000Z', lastAt: '2026-11-24T10:00:20.000Z' } },
    ]);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(written).toHaveLength(3);
    expect(written.map((w) => [w.userId, w.docName, w.details.edits])).toEqual([
      ['u1', 'doc-a', 2],
      ['u1', 'doc-b', 1],
      ['u2', 'doc-a', 1],
    ]);
    expect(recorder.pending()).toBe(0);
  });

  it('opens a new window for an edit after the last one was written', async () => {
    const { written, recorder } = recorderWithLog();
    recorder.noteEdit('u1', 'doc-a');
    await vi.advanceTimersByTimeAsync(60_000);
    recorder.noteEdit('u1', 'doc-a');
    recorder.noteEdit('u1', 'doc-a');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(written.map((w) => w.details.edits)).toEqual([1, 2]);
  });

  it('flushes open windows at once (at shutdown) and writes nothing twice', async () => {
    const { written, recorder } = recorderWithLog();
    recorder.noteEdit('u1', 'doc-a');
    recorder.noteEdit('u1', 'doc-a');
    recorder.noteEdit('u2', 'doc-b');
    await recorder.flush();
    expect(written.map((w) => [w.userId, w.details.edits])).toEqual([
      ['u1', 2],
      ['u2', 1],
    ]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(written).toHaveLength(2);
    expect(recorder.pending()).toBe(0);
  });

  it('reports a failed write and never throws at its callers', async () => {
    const errors: unknown[] = [];
    const recorder = editRecorder({ record: () => Promise.reject(new Error('store down')), onError: (err) => errors.push(err) });
    recorder.noteEdit('u1', 'doc-a');
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { failedWrites, queuedWrites, replayQueue, sendOrQueue } from './offlineQueue';

const unreachable = () => Promise.reject(new ApiError(0, 'Roundtable cannot be reached.'));
const entry = (label: string) => ({ meetingId: 'm1', method: 'POST' as const, path: '/api/meetings/m1/actions', body: { text: label }, label });

/** The browser's storage and events, as far as the queue uses them (the unit tests run in Node). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    key: (i: number) => [...items.keys()][i] ?? null,
  };
}

describe('room writes queued while offline', () => {
  beforeEach(() => {
    (globalThis as { window?: unknown }).window = Object.assign(new EventTarget(), { localStorage: memoryStorage() });
  });

  it('keeps a write the server cannot receive, and keeps later writes behind it', async () => {
    await expect(sendOrQueue('u', entry('first'), unreachable)).resolves.toEqual({ queued: true });
    const sent: unknown[] = [];
    await expect(sendOrQueue('u', entry('second'), (_path, options) => Promise.resolve(sent.push(options.body)))).resolves.toEqual({ queued: true });
    expect(sent).toEqual([]);
    expect(queuedWrites('u', 'm1').map((w) => w.label)).toEqual(['first', 'second']);
  });

  it('sends them in order on reconnect, stopping while unreachable, keeping refusals with their message', async () => {
    await sendOrQueue('u', entry('first'), unreachable);
    await sendOrQueue('u', entry('refused'), unreachable);
    await sendOrQueue('u', entry('third'), unreachable);
    await expect(replayQueue('u', unreachable)).resolves.toBe(3);
    const sent: string[] = [];
    const remaining = await replayQueue('u', (_path, options) => {
      const { text } = options.body as { text: string };
      if (text === 'refused') return Promise.reject(new ApiError(400, 'Choose an agency'));
      sent.push(text);
      return Promise.resolve({});
    });
    expect(remaining).toBe(0);
    expect(sent).toEqual(['first', 'third']);
    expect(failedWrites('u').map((f) => [f.write.label, f.message])).toEqual([['refused', 'Choose an agency']]);
  });

  it('throws a refusal at once rather than queueing it', async () => {
    await expect(sendOrQueue('u', entry('bad'), () => Promise.reject(new ApiError(403, 'No')))).rejects.toThrow('No');
    expect(queuedWrites('u')).toEqual([]);
  });
});

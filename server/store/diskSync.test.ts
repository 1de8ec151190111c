import { mkdtemp, open, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskSync } from './diskSync.js';

describe('diskSync', () => {
  let dir: string;
  let file: string;
  let opened: number;
  let datasyncs: number;
  let closed: number;
  const counted = async (name: string): Promise<FileHandle> => {
    opened++;
    const handle = await open(name, 'r');
    const real = { datasync: handle.datasync.bind(handle), close: handle.close.bind(handle) };
    return Object.assign(handle, {
      datasync: () => (datasyncs++, real.datasync()),
      close: () => (closed++, real.close()),
    });
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'disk-sync-'));
    file = path.join(dir, 'data.db');
    await writeFile(file, 'x\n');
    opened = datasyncs = closed = 0;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps one handle open across syncs', async () => {
    const sync = diskSync(file, counted);
    await sync.sync();
    await sync.sync();
    await sync.sync();
    expect({ opened, datasyncs }).toEqual({ opened: 1, datasyncs: 3 });
    await sync.close();
    expect(closed).toBe(1);
  });

  it('callers arriving during a sync share the next one', async () => {
    const sync = diskSync(file, counted);
    const first = sync.sync();
    const waiting = [sync.sync(), sync.sync(), sync.sync()];
    await Promise.all([first, ...waiting]);
    expect(datasyncs).toBe(2);
    await sync.close();
  });

  it('opens the file afresh after reopen() and closes the old handle', async () => {
    const sync = diskSync(file, counted);
    await sync.sync();
    sync.reopen();
    await sync.sync();
    expect(opened).toBe(2);
    await sync.close();
    expect(closed).toBe(2);
  });

  it('reports a failed open and retries on the next call', async () => {
    const sync = diskSync(path.join(dir, 'missing.db'), counted);
    await expect(sync.sync()).rejects.toThrow(/ENOENT/);
    await writeFile(path.join(dir, 'missing.db'), '');
    await expect(sync.sync()).resolves.toBeUndefined();
    await sync.close();
  });
});

// Makes a file's appended writes durable with as few fdatasync calls as possible: the handle stays open between
// calls, and callers that arrive while a sync runs share the next one (their writes may have landed after the
// running sync began). reopen() is for when the file is replaced (nedb's compaction renames a new file over it).
import { open, type FileHandle } from 'node:fs/promises';

export interface DiskSync {
  /** Resolves once every write that completed before this call is on disk. */
  sync(): Promise<void>;
  /** The file was replaced: the next sync opens it afresh. */
  reopen(): void;
  close(): Promise<void>;
}

export function diskSync(filename: string, openFile: (name: string) => Promise<FileHandle> = (name) => open(name, 'r')): DiskSync {
  let handle: Promise<FileHandle> | undefined;
  let running: Promise<void> | undefined;
  let next: Promise<void> | undefined;

  const handleOf = () => (handle ??= openFile(filename).catch((err: unknown) => ((handle = undefined), Promise.reject(err))));

  function release(stale: Promise<FileHandle> | undefined): void {
    void stale?.then((h) => h.close()).catch(() => undefined);
  }

  async function runOnce(): Promise<void> {
    const current = handleOf();
    try {
      await (await current).datasync();
    } catch (err) {
      if (handle === current) handle = undefined;
      release(current);
      throw err;
    }
  }

  function start(): Promise<void> {
    const run = runOnce().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  }

  return {
    sync() {
      if (!running) return start();
      // A sync is under way and may have begun before this caller's write landed: share the one after it.
      next ??= running.catch(() => undefined).then(() => {
        next = undefined;
        return start();
      });
      return next;
    },
    reopen() {
      const stale = handle;
      handle = undefined;
      // A sync in flight still holds the old handle; close it once that sync is done.
      void (running ?? Promise.resolve()).catch(() => undefined).then(() => release(stale));
    },
    async close() {
      await running?.catch(() => undefined);
      await next?.catch(() => undefined);
      const last = handle;
      handle = undefined;
      if (last) await (await last).close();
    },
  };
}

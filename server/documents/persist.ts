// Appends every update as it arrives. Updates of one tick are written together: one insertMany
// per document per tick. A failed write keeps its updates queued and is retried.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { encodeUpdate, type StoredUpdate, type UpdateCollection } from './storedUpdates.js';

const RETRY_MS = 1000;

export class UpdateLog {
  private queued = new Map<string, StoredUpdate[]>();
  private inFlight = new Map<string, Promise<void>>();
  private scheduled = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly updates: UpdateCollection,
    private readonly logger: Logger | undefined,
  ) {}

  append(docName: string, update: Uint8Array): void {
    const record: StoredUpdate = { _id: randomUUID(), doc: docName, update: encodeUpdate(update), createdAt: new Date().toISOString() };
    const queue = this.queued.get(docName);
    if (queue) queue.push(record);
    else this.queued.set(docName, [record]);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.writeQueued());
    }
  }

  /** Resolves when everything appended for the document so far is stored. */
  async flushDoc(docName: string): Promise<void> {
    for (;;) {
      const running = this.inFlight.get(docName);
      if (running) await running.catch(() => {});
      else if (this.queued.has(docName)) await this.write(docName);
      else return;
    }
  }

  /** Resolves when everything appended so far is stored. */
  async flush(): Promise<void> {
    while (this.queued.size > 0 || this.inFlight.size > 0) {
      await Promise.all([...new Set([...this.queued.keys(), ...this.inFlight.keys()])].map((name) => this.flushDoc(name)));
    }
  }

  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async writeQueued(): Promise<void> {
    this.scheduled = false;
    await Promise.all([...this.queued.keys()].map((name) => this.write(name).catch(() => {})));
  }

  /** One write per document at a time, so records reach the store in the order they came. */
  private write(docName: string): Promise<void> {
    const running = this.inFlight.get(docName);
    if (running) return running;
    const batch = this.queued.get(docName);
    if (!batch) return Promise.resolve();
    this.queued.delete(docName);
    const promise = this.updates.insertMany(batch).then(
      () => {
        this.inFlight.delete(docName);
        // Updates that came in while this batch was being written go next.
        if (this.queued.has(docName)) void this.write(docName).catch(() => {});
      },
      (err: unknown) => {
        this.inFlight.delete(docName);
        this.queued.set(docName, [...batch, ...(this.queued.get(docName) ?? [])]);
        this.logger?.error({ err: errorMessage(err), updates: batch.length }, 'storing document updates failed; will retry');
        this.retryTimer ??= setTimeout(() => {
          this.retryTimer = null;
          void this.writeQueued();
        }, RETRY_MS);
        throw err;
      },
    );
    this.inFlight.set(docName, promise);
    return promise;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

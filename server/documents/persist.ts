// Appends every update as it arrives, with group commit: the updates of ALL documents are gathered and written in one
// insertMany (one append and one fsync on the embedded store) per short interval, or at once when the batch is full
// or someone waits for it (flush). One batch is written at a time, so each document's records reach the store in the
// order they came. A failed batch goes back to the front of the queue and is retried.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { DuplicateKeyError } from '../store/port.js';
import { encodeUpdate, type StoredUpdate, type UpdateCollection } from './storedUpdates.js';

const RETRY_MS = 1000;
/** How long the first queued update waits for others to join its batch (nobody waits on it meanwhile). */
const BATCH_MS = 5;
/** Records per insertMany at most. */
const MAX_BATCH = 2000;

export class UpdateLog {
  private queue: StoredUpdate[] = [];
  /** Records appended so far, and how many of them are stored (they are stored in append order). */
  private appended = 0;
  private durable = 0;
  /** Per document, the `appended` count after its latest record. */
  private lastOf = new Map<string, number>();
  private writing: Promise<void> | null = null;
  private batchTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Record ids: one random prefix per log and a counter, cheaper than a UUID per record and unique across
   *  processes and hubs sharing a store (a doc name + seq id could collide when two hubs hold the same document). */
  private readonly idPrefix = `${randomUUID().slice(0, 13)}.`;
  private stopped = false;

  constructor(
    private readonly updates: UpdateCollection,
    private readonly logger: Logger | undefined,
  ) {}

  append(docName: string, seq: number, update: Uint8Array): void {
    this.appended++;
    this.queue.push({ _id: this.idPrefix + this.appended.toString(36), doc: docName, seq, update: encodeUpdate(update), createdAt: '' });
    this.lastOf.set(docName, this.appended);
    if (this.queue.length >= MAX_BATCH) this.kick();
    else this.batchTimer ??= setTimeout(() => this.kick(), BATCH_MS);
  }

  /** Resolves when everything appended for the document so far is stored; rejects if storing it failed. */
  async flushDoc(docName: string): Promise<void> {
    const target = this.lastOf.get(docName);
    if (target !== undefined) await this.flushTo(target);
  }

  /** Resolves when everything appended so far is stored. */
  flush(): Promise<void> {
    return this.flushTo(this.appended);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.batchTimer, this.retryTimer]) if (timer) clearTimeout(timer);
    this.batchTimer = this.retryTimer = null;
  }

  private async flushTo(target: number): Promise<void> {
    while (this.durable < target) {
      if (this.writing) await this.writing.catch(() => {});
      else if (this.queue.length === 0) return;
      // Our own attempt: its failure is the caller's.
      else await this.writeBatch();
    }
  }

  /** Starts writing the queue now unless a batch is already being written (its end starts the next one). */
  private kick(): void {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    if (!this.writing && !this.retryTimer) void this.writeBatch().catch(() => {});
  }

  private writeBatch(): Promise<void> {
    if (this.writing) return this.writing;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    const batch = this.queue.length <= MAX_BATCH ? this.queue : this.queue.slice(0, MAX_BATCH);
    this.queue = batch === this.queue ? [] : this.queue.slice(MAX_BATCH);
    if (batch.length === 0) return Promise.resolve();
    const createdAt = new Date().toISOString();
    for (const record of batch) if (!record.createdAt) record.createdAt = createdAt;
    const promise = this.insert(batch).then(
      () => {
        this.writing = null;
        this.durable += batch.length;
        for (const [doc, last] of this.lastOf) if (last <= this.durable) this.lastOf.delete(doc);
        // What came in while this batch was being written goes next, at once.
        if (this.queue.length > 0 && !this.stopped) this.kick();
      },
      (err: unknown) => {
        this.writing = null;
        this.queue = batch.concat(this.queue);
        this.logger?.error({ err: errorMessage(err), updates: batch.length }, 'storing document updates failed; will retry');
        if (!this.stopped) {
          this.retryTimer ??= setTimeout(() => {
            this.retryTimer = null;
            this.kick();
          }, RETRY_MS);
        }
        throw err;
      },
    );
    this.writing = promise;
    return promise;
  }

  /** One insertMany; after a partly applied batch (MongoDB stores the records before a failure) only the rest. */
  private async insert(batch: StoredUpdate[]): Promise<void> {
    try {
      await this.updates.insertMany(batch);
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
      // Ids are unique to this log: a duplicate is a record an earlier attempt stored.
      for (const record of batch) await this.updates.insertOne(record).catch((e: unknown) => {
        if (!(e instanceof DuplicateKeyError)) throw e;
      });
    }
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

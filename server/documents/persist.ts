// Appends every update as it arrives, with group commit: the writes of ALL documents are gathered and handed to the
// store's document log as one batch (one sync to disk) per short interval, or at once when the batch is full or
// someone waits for it (flushDoc: change(), the state-vector route, an unload). One batch is written at a time, so
// each document's records reach the store in the order they came. A failed batch goes back to the front of the queue
// and is retried.
import type { Logger } from '../logger.js';
import type { DocumentLog, LogWrite } from '../store/port.js';

const RETRY_MS = 1000;
/** How long the first queued update waits for others to join its batch (nobody waits on it meanwhile). */
export const DEFAULT_GROUP_COMMIT_MS = 25;
/** Writes per batch at most. */
const MAX_BATCH = 4000;

export class UpdateLog {
  private queue: LogWrite[] = [];
  /** Writes queued so far, and how many of them are stored (they are stored in queue order). */
  private appended = 0;
  private durable = 0;
  /** Per document, the `appended` count after its latest write. */
  private lastOf = new Map<string, number>();
  private writing: Promise<void> | null = null;
  private batchTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  /** The queue's interval ended while a batch was being written: the next batch starts when that one ends. */
  private due = false;
  private stopped = false;
  /** The batch interval's end: the timer has fired, so nothing to clear. */
  private readonly onInterval = () => {
    this.batchTimer = null;
    this.kick();
  };

  constructor(
    private readonly log: DocumentLog,
    private readonly logger: Logger | undefined,
    private readonly groupCommitMs = DEFAULT_GROUP_COMMIT_MS,
  ) {}

  append(doc: string, seq: number, update: Uint8Array): void {
    this.push({ doc, seq, update });
  }

  /** Queues the document's merged state, replacing every record of it queued or stored before (compaction). */
  replace(doc: string, seq: number, state: Uint8Array): void {
    this.push({ doc, seq, update: state, replacesEarlier: true });
  }

  /** Resolves when everything queued for the document so far is stored; rejects if storing it failed. */
  async flushDoc(docName: string): Promise<void> {
    const target = this.lastOf.get(docName);
    if (target !== undefined) await this.flushTo(target);
  }

  /** Resolves when everything queued so far is stored. */
  flush(): Promise<void> {
    return this.flushTo(this.appended);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.batchTimer, this.retryTimer]) if (timer) clearTimeout(timer);
    this.batchTimer = this.retryTimer = null;
  }

  private push(write: LogWrite): void {
    this.appended++;
    this.queue.push(write);
    this.lastOf.set(write.doc, this.appended);
    if (this.queue.length >= MAX_BATCH) this.kick();
    else this.batchTimer ??= setTimeout(this.onInterval, this.groupCommitMs);
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
    if (this.writing) this.due = true;
    else if (!this.retryTimer) void this.writeBatch().catch(() => {});
  }

  private writeBatch(): Promise<void> {
    if (this.writing) return this.writing;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    this.due = false;
    const batch = this.queue.length <= MAX_BATCH ? this.queue : this.queue.slice(0, MAX_BATCH);
    this.queue = batch === this.queue ? [] : this.queue.slice(MAX_BATCH);
    if (batch.length === 0) return Promise.resolve();
    const promise = this.log.write(batch).then(
      () => {
        this.writing = null;
        this.durable += batch.length;
        for (const [doc, last] of this.lastOf) if (last <= this.durable) this.lastOf.delete(doc);
        // What came in meanwhile waits for its own interval (or goes at once if that has ended, or the queue is full).
        if (this.queue.length > 0 && !this.stopped && (this.due || this.queue.length >= MAX_BATCH)) this.kick();
        else if (this.queue.length > 0 && !this.stopped) this.batchTimer ??= setTimeout(this.onInterval, this.groupCommitMs);
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
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

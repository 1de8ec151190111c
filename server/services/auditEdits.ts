// Coalesces live document edits into at most one 'document.edit' audit entry per user, document and minute.
// A window opens at a user's first edit of a document and is written when it ends, with the number of edits.

export type RecordEdit = (userId: string, action: 'document.edit', targetType: 'document', targetId: string, details: Record<string, unknown>) => Promise<void>;

export interface EditRecorderOptions {
  /** AuditService.record, or anything with its shape. */
  record: RecordEdit;
  windowMs?: number;
  /** Told about a failed write; the recorder never throws at its callers. */
  onError?: (err: unknown) => void;
}

interface Window {
  userId: string;
  docName: string;
  firstAt: number;
  lastAt: number;
  edits: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface EditRecorder {
  /** Counts one edit; cheap and synchronous, so the live layer may call it for every update. */
  noteEdit(userId: string, docName: string): void;
  /** Writes every open window now (at shutdown); resolves when they are stored. */
  flush(): Promise<void>;
  /** How many windows are waiting to be written. */
  pending(): number;
}

export const EDIT_WINDOW_MS = 60_000;

export function editRecorder({ record, windowMs = EDIT_WINDOW_MS, onError = () => {} }: EditRecorderOptions): EditRecorder {
  const open = new Map<string, Window>();
  const writing = new Set<Promise<void>>();

  function write(key: string): Promise<void> {
    const window = open.get(key);
    if (!window) return Promise.resolve();
    open.delete(key);
    clearTimeout(window.timer);
    const { userId, docName, edits } = window;
    const firstAt = new Date(window.firstAt).toISOString();
    const lastAt = new Date(window.lastAt).toISOString();
    const done = record(userId, 'document.edit', 'document', docName, { edits, firstAt, lastAt })
      .catch(onError)
      .finally(() => writing.delete(done));
    writing.add(done);
    return done;
  }

  return {
    noteEdit(userId, docName) {
      // Called for every update: a plain key and a number timestamp keep it allocation-light.
      const key = `${userId}\u0000${docName}`;
      const now = Date.now();
      const window = open.get(key);
      if (window) {
        window.edits += 1;
        window.lastAt = now;
        return;
      }
      const timer = setTimeout(() => void write(key), windowMs);
      timer.unref?.();
      open.set(key, { userId, docName, firstAt: now, lastAt: now, edits: 1, timer });
    },
    async flush() {
      await Promise.all([...[...open.keys()].map(write), ...writing]);
    },
    pending() {
      return open.size;
    },
  };
}

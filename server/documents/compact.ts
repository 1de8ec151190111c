// Compaction: a document's stored updates become one. The hub queues the merged state in its update log with a seq
// after every record it replaces and marked as replacing them; the store writes it, then deletes the earlier records
// (once it is durable on the embedded store, in the same ordered bulk write on MongoDB): a crash in between leaves
// duplicates, which Yjs ignores.
export const DEFAULT_COMPACT_THRESHOLD = 500;

// Counters of the Yjs endpoint, for GET /api/live/metrics and the logs. Counts only: no ids, no names.
export class SyncMetrics {
  connectionsOpened = 0;
  connectionsOpen = 0;
  refused = { unauthenticated: 0, forbidden: 0, unknownDocument: 0, tooManyConnections: 0 };
  updatesApplied = 0;
  writesRejected = 0;
  malformedMessages = 0;
  oversizedMessages = 0;
  rateLimited = 0;
  loadFailures = 0;

  snapshot() {
    return {
      connectionsOpened: this.connectionsOpened,
      connectionsOpen: this.connectionsOpen,
      refused: { ...this.refused },
      updatesApplied: this.updatesApplied,
      writesRejected: this.writesRejected,
      malformedMessages: this.malformedMessages,
      oversizedMessages: this.oversizedMessages,
      rateLimited: this.rateLimited,
      loadFailures: this.loadFailures,
    };
  }
}

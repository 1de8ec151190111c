// Counters of the Yjs endpoint, for GET /api/live/metrics and the logs. Counts only: no ids, no names.
export class SyncMetrics {
  connectionsOpened = 0;
  connectionsOpen = 0;
  refused = { unauthenticated: 0, forbidden: 0, unknownDocument: 0, tooManyConnections: 0 };
  updatesApplied = 0;
  writesRejected = 0;
  /** Updates refused by the layout check (server-owned types, unknown keys, wrong types, oversize). */
  updatesRefused = 0;
  /** Updates that depended on content the server lacked: the socket was asked to reconnect and resync. */
  resyncsRequested = 0;
  /** Awareness entries dropped: another socket's client id, too many ids, unusable states. */
  awarenessDropped = 0;
  /** Open sockets closed or downgraded after an access change or a session check. */
  revoked = { sessionEnded: 0, accessRemoved: 0, accessReduced: 0 };
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
      updatesRefused: this.updatesRefused,
      resyncsRequested: this.resyncsRequested,
      awarenessDropped: this.awarenessDropped,
      revoked: { ...this.revoked },
      malformedMessages: this.malformedMessages,
      oversizedMessages: this.oversizedMessages,
      rateLimited: this.rateLimited,
      loadFailures: this.loadFailures,
    };
  }
}

// Connection limits: message size (enforced by ws: it closes with 1009), message rate per socket,
// open sockets per user, and how much may queue for a slow client.
export interface SyncLimits {
  maxMessageBytes: number;
  /** Messages a socket may send in a burst, refilled at `messagesPerSecond`. */
  messageBurst: number;
  messagesPerSecond: number;
  connectionsPerUser: number;
  /** Messages kept while the socket is authenticated and its document loaded. */
  maxQueuedBeforeReady: number;
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxMessageBytes: 1024 * 1024,
  messageBurst: 2000,
  messagesPerSecond: 300,
  connectionsPerUser: 64,
  maxQueuedBeforeReady: 500,
  maxBufferedBytes: 16 * 1024 * 1024,
};

/** A token bucket per socket. */
export class MessageRate {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly limits: Pick<SyncLimits, 'messageBurst' | 'messagesPerSecond'>) {
    this.tokens = limits.messageBurst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.limits.messageBurst, this.tokens + ((now - this.last) / 1000) * this.limits.messagesPerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Open sockets per user. */
export class ConnectionCounter {
  private open = new Map<string, number>();
  constructor(private readonly max: number) {}

  tryOpen(userId: string): boolean {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.max) return false;
    this.open.set(userId, count + 1);
    return true;
  }

  close(userId: string): void {
    const count = (this.open.get(userId) ?? 1) - 1;
    if (count <= 0) this.open.delete(userId);
    else this.open.set(userId, count);
  }
}

// The open Yjs connections of this process, so that a change of who may see what reaches every socket
// it concerns. Each entry keeps only what a re-check needs; the socket itself does the re-check.
import type { AccessScope } from '../../services/events.js';
import type { DocAccess } from '../../auth/docAccess.js';

export interface LiveConnection {
  readonly docName: string;
  readonly meetingId: string;
  /** Null until the socket is authenticated. */
  readonly userId: string | null;
  readonly access: DocAccess | null;
  /** The Cookie header of the upgrade request: all a re-authentication needs. */
  readonly cookie: string;
  /** Re-authenticates and re-authorizes now; the socket holds its incoming updates until the answer. */
  recheck(): void;
}

export class ConnectionRegistry {
  private readonly open = new Set<LiveConnection>();

  /** Registers a connection; returns the function that removes it. */
  add(connection: LiveConnection): () => void {
    this.open.add(connection);
    return () => this.open.delete(connection);
  }

  /**
   * Connections a change may concern: the user's, the meeting's, or every one when the scope names neither.
   * Sockets not yet authenticated are always included.
   */
  inScope({ userId, meetingId }: AccessScope): LiveConnection[] {
    if (userId === undefined && meetingId === undefined) return this.all();
    return this.all().filter((c) => c.userId === null || c.userId === userId || c.meetingId === meetingId);
  }

  all(): LiveConnection[] {
    return [...this.open];
  }

  get size(): number {
    return this.open.size;
  }
}

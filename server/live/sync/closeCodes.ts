// Why the server closes a Yjs socket. y-websocket stops reconnecting on 4400-4499 (permanent) and
// retries on everything else, so transient problems (and a downgrade to read-only) use other codes.
import { LIVE_CLOSE_CODES as CODES } from '../../../shared/live/closeCodes.js';

export interface CloseReason {
  code: number;
  reason: string;
}

export const CLOSE = {
  malformed: { code: CODES.refused, reason: 'malformed message' },
  unauthenticated: { code: CODES.signedOut, reason: 'unauthenticated' },
  /** The session behind an open socket was signed out, expired or its account disabled. */
  sessionEnded: { code: CODES.signedOut, reason: 'session ended' },
  forbidden: { code: CODES.forbidden, reason: 'forbidden' },
  /** The user lost access to an open document (taken off the meeting, item or allow-list). */
  accessRemoved: { code: CODES.forbidden, reason: 'access removed' },
  unknownDocument: { code: CODES.unknownDocument, reason: 'unknown document' },
  /** Write access became read-only: the client reconnects and is served read-only. */
  accessReduced: { code: CODES.accessReduced, reason: 'access reduced' },
  /** An update depends on content the server does not hold: the client reconnects and syncs in full. */
  outOfSync: { code: CODES.outOfSync, reason: 'update depends on unknown content' },
  rateLimited: { code: 1008, reason: 'too many messages' },
  tooManyConnections: { code: 1013, reason: 'too many connections' },
  slowConsumer: { code: 1013, reason: 'client too slow' },
  unavailable: { code: 1011, reason: 'document unavailable' },
  shuttingDown: { code: 1001, reason: 'server shutting down' },
} as const satisfies Record<string, CloseReason>;

/** A refused update (wrong place, wrong type, too big): 4400 with why, cut to what a close frame carries. */
export function refusedUpdate(why: string): CloseReason {
  return { code: CODES.refused, reason: `update refused: ${why}`.replace(/[^\x20-\x7e]/g, '?').slice(0, 120) };
}

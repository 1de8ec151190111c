// Why the server closes a Yjs socket. y-websocket stops reconnecting on 4400-4499 (permanent) and
// retries on everything else, so transient problems use standard codes.
export interface CloseReason {
  code: number;
  reason: string;
}

export const CLOSE = {
  malformed: { code: 4400, reason: 'malformed message' },
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  forbidden: { code: 4403, reason: 'forbidden' },
  unknownDocument: { code: 4404, reason: 'unknown document' },
  rateLimited: { code: 1008, reason: 'too many messages' },
  tooManyConnections: { code: 1013, reason: 'too many connections' },
  slowConsumer: { code: 1013, reason: 'client too slow' },
  unavailable: { code: 1011, reason: 'document unavailable' },
  shuttingDown: { code: 1001, reason: 'server shutting down' },
} as const satisfies Record<string, CloseReason>;
